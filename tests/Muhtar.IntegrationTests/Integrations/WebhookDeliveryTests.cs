using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Integrations;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Integrations;

/// <summary>I4: webhooks a business registers get its events, signed, retried with backoff, bounded, redeliverable.</summary>
public abstract class WebhookDeliveryTests(MuhtarAppFactory app) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_subscribed_event_arrives_signed_with_the_webhook_secret()
    {
        var tenant = await app.CreateTenantAsync();
        var webhook = await CreateWebhookAsync(tenant, _receiver.Url, "customer.created", "customer.tag_added");
        var secret = webhook.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        await using var other = await WebhookReceiver.StartAsync();
        await CreateWebhookAsync(tenant, other.Url, "consent.changed");

        var customerId = await CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();

        var received = Assert.Single(_receiver.Requests);
        Assert.Empty(other.Requests); // not subscribed to customer.created
        Assert.Equal("POST", received.Method);
        Assert.Equal("/hooks/muhtar", received.Path);
        Assert.Equal("customer.created", received.Headers["Muhtar-Event"]);
        Assert.StartsWith("application/json", received.Headers["Content-Type"], StringComparison.Ordinal);
        var deliveryId = Guid.Parse(received.Headers["Muhtar-Delivery"]);
        AssertSigned(received, secret, app.Clock.GetUtcNow());

        using var body = JsonDocument.Parse(received.Body);
        Assert.Equal("customer.created", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(customerId, body.RootElement.GetProperty("data").GetProperty("customerId").GetString());
        Assert.Equal("person", body.RootElement.GetProperty("data").GetProperty("kind").GetString());
        Assert.True(Guid.TryParse(body.RootElement.GetProperty("id").GetString(), out _));

        var delivery = Assert.Single(await DeliveriesAsync(tenant, webhook));
        Assert.Equal(deliveryId.ToString(), delivery.GetProperty("id").GetString());
        Assert.Equal("succeeded", delivery.GetProperty("status").GetString());
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal("ok", delivery.GetProperty("lastResponse").GetString());

        // Running the jobs again sends nothing more.
        await app.DrainJobsAsync();
        Assert.Single(_receiver.Requests);
    }

    [Fact]
    public async Task A_500_is_retried_after_the_backoff_with_the_same_delivery_id()
    {
        var tenant = await app.CreateTenantAsync();
        var webhook = await CreateWebhookAsync(tenant, _receiver.Url, "customer.created");
        _receiver.Answers.Enqueue(500);

        await CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();
        var pending = Assert.Single(await DeliveriesAsync(tenant, webhook));
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(500, pending.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal("alıcı hatası", pending.GetProperty("lastResponse").GetString());
        Assert.Equal(app.Clock.GetUtcNow().AddMinutes(1), pending.GetProperty("nextAttemptAt").GetDateTimeOffset());

        await app.DrainJobsAsync(); // not due yet
        Assert.Single(_receiver.Requests);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DrainJobsAsync();
        var requests = _receiver.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].Headers["Muhtar-Delivery"], requests[1].Headers["Muhtar-Delivery"]);
        Assert.Equal(requests[0].Body, requests[1].Body);
        var done = Assert.Single(await DeliveriesAsync(tenant, webhook));
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Attempts_are_bounded_then_the_delivery_fails_and_a_redeliver_sends_it_again()
    {
        var tenant = await app.CreateTenantAsync();
        var webhook = await CreateWebhookAsync(tenant, _receiver.Url, "customer.created");
        _receiver.DefaultAnswer = 503;

        await CreateCustomerAsync(tenant);
        for (var i = 0; i < WebhookApps.MaxAttempts + 2; i++)
        {
            await app.DrainJobsAsync();
            app.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(WebhookApps.MaxAttempts, _receiver.Requests.Count);
        var failed = Assert.Single(await DeliveriesAsync(tenant, webhook));
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(WebhookApps.MaxAttempts, failed.GetProperty("attempts").GetInt32());
        Assert.Equal(503, failed.GetProperty("lastStatusCode").GetInt32());

        _receiver.DefaultAnswer = 200;
        var id = webhook.GetProperty("id").GetString();
        var redeliver = await tenant.Api.PostAsync($"/api/v1/webhooks/{id}/deliveries/{failed.GetProperty("id").GetString()}/redeliver", null);
        Assert.Equal("pending", (await Problems.JsonAsync(redeliver, HttpStatusCode.Accepted)).GetProperty("status").GetString());
        // A second redeliver while it is queued is refused rather than sent twice.
        await Problems.AssertAsync(
            await tenant.Api.PostAsync($"/api/v1/webhooks/{id}/deliveries/{failed.GetProperty("id").GetString()}/redeliver", null),
            HttpStatusCode.Conflict, "deliveryId");
        await app.DrainJobsAsync();

        var requests = _receiver.Requests.ToArray();
        Assert.Equal(WebhookApps.MaxAttempts + 1, requests.Length);
        Assert.All(requests, r => Assert.Equal(failed.GetProperty("id").GetString(), r.Headers["Muhtar-Delivery"]));
        var done = Assert.Single(await DeliveriesAsync(tenant, webhook));
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal(WebhookApps.MaxAttempts + 1, done.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_disabled_webhook_gets_nothing_and_a_rotated_secret_signs_the_next_delivery()
    {
        var tenant = await app.CreateTenantAsync();
        var webhook = await CreateWebhookAsync(tenant, _receiver.Url, "customer.created");
        var id = webhook.GetProperty("id").GetString();
        await Problems.JsonAsync(await tenant.Api.PatchAsJsonAsync($"/api/v1/webhooks/{id}", new { enabled = false }));
        await CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();
        Assert.Empty(_receiver.Requests);

        await Problems.JsonAsync(await tenant.Api.PatchAsJsonAsync($"/api/v1/webhooks/{id}", new { enabled = true }));
        var rotated = await Problems.JsonAsync(await tenant.Api.PostAsync($"/api/v1/webhooks/{id}/rotate-secret", null));
        var secret = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(webhook.GetProperty("secret").GetString(), secret);
        var shown = await Problems.JsonAsync(await tenant.Api.GetAsync($"/api/v1/webhooks/{id}"));
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("secret").ValueKind); // shown once, never again
        Assert.EndsWith(secret[^4..], shown.GetProperty("secretHint").GetString(), StringComparison.Ordinal);

        await CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();
        AssertSigned(Assert.Single(_receiver.Requests), secret, app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_automation_call_is_queued_once_per_key_and_signed_with_the_business_key()
    {
        var tenant = await app.CreateTenantAsync();
        Guid first, second;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
            var webhooks = scope.ServiceProvider.GetRequiredService<IOutgoingWebhooks>();
            var call = new OutgoingWebhookCall(_receiver.Url, "automation.rule_fired", "{\"ruleId\":\"r1\",\"customerId\":\"c1\"}", "rule:r1:c1");
            first = await webhooks.QueueAsync(call);
            second = await webhooks.QueueAsync(call);
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => webhooks.QueueAsync(call with { Url = "http://169.254.169.254/", DedupeKey = "x" }));
            Assert.Equal("url", refused.Field);
        }

        Assert.Equal(first, second);
        await app.DrainJobsAsync();
        var received = Assert.Single(_receiver.Requests);
        Assert.Equal(first.ToString(), received.Headers["Muhtar-Delivery"]);
        Assert.Equal("automation.rule_fired", received.Headers["Muhtar-Event"]);
        Assert.Equal("{\"ruleId\":\"r1\",\"customerId\":\"c1\"}", received.Body);
        var key = await Problems.JsonAsync(await tenant.Api.PostAsync("/api/v1/webhooks/signing-key", null));
        AssertSigned(received, key.GetProperty("secret").GetString()!, app.Clock.GetUtcNow());
        var calls = await Problems.JsonAsync(await tenant.Api.GetAsync("/api/v1/webhooks/calls"));
        Assert.Equal("succeeded", Assert.Single(calls.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://[::ffff:7f00:1]/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://hooks.example.com@10.0.0.1/")]
    [InlineData("ftp://hooks.example.com/")]
    public async Task Registering_an_internal_address_is_refused_naming_the_url(string url)
    {
        var tenant = await app.CreateTenantAsync();
        var response = await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "customer.created" } });
        await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "url");
        Assert.Empty((await Problems.JsonAsync(await tenant.Api.GetAsync("/api/v1/webhooks"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_refusal_is_in_Turkish_or_English_and_other_fields_are_named_too()
    {
        var tenant = await app.CreateTenantAsync();
        var turkish = await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://0177.0.0.1/", events = new[] { "customer.created" } });
        Assert.Contains("iç ağı", (await Problems.JsonAsync(turkish, HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks")
        {
            Content = JsonContent.Create(new { url = "http://0177.0.0.1/", events = new[] { "customer.created" } }),
        };
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var answer = await Problems.JsonAsync(await tenant.Api.SendAsync(english), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("public internet", answer.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);

        await Problems.AssertAsync(
            await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/", events = Array.Empty<string>() }),
            HttpStatusCode.UnprocessableEntity, "events");
        await Problems.AssertAsync(
            await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/", events = new[] { "customer.deleted" } }),
            HttpStatusCode.UnprocessableEntity, "events");
        await Problems.AssertAsync(
            await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/", description = new string('a', 201), events = new[] { "customer.created" } }),
            HttpStatusCode.UnprocessableEntity, "description");
    }

    [Fact]
    public async Task Another_business_sees_none_of_it_and_only_owners_and_managers_manage_webhooks()
    {
        var owner = await app.CreateTenantAsync();
        var webhook = await CreateWebhookAsync(owner, "https://hooks.example.com/a", "customer.created");
        var id = webhook.GetProperty("id").GetString();
        var stranger = await app.CreateTenantAsync();

        Assert.Empty((await Problems.JsonAsync(await stranger.Api.GetAsync("/api/v1/webhooks"))).GetProperty("items").EnumerateArray());
        await Problems.AssertAsync(await stranger.Api.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await stranger.Api.GetAsync($"/api/v1/webhooks/{id}/deliveries"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await stranger.Api.PatchAsJsonAsync($"/api/v1/webhooks/{id}", new { enabled = false }), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await stranger.Api.PostAsync($"/api/v1/webhooks/{id}/rotate-secret", null), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await stranger.Api.DeleteAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.NotFound);
        Assert.True((await Problems.JsonAsync(await owner.Api.GetAsync($"/api/v1/webhooks/{id}"))).GetProperty("enabled").GetBoolean());

        foreach (var role in new[] { "Sales", "Clerk", "Agent", "Technician", "Marketer" })
        {
            var client = await owner.LoginAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/webhooks")).StatusCode);
        }

        var manager = await owner.LoginAsync("Manager");
        var list = await Problems.JsonAsync(await manager.GetAsync("/api/v1/webhooks"));
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains("customer.tag_added", list.GetProperty("availableEvents").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await owner.Api.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        await Problems.AssertAsync(await owner.Api.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.NotFound);
    }

    private static void AssertSigned(ReceivedWebhook received, string secret, DateTimeOffset now)
    {
        var parts = received.Headers["Muhtar-Signature"].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), parts["t"]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(parts["t"] + "." + received.Body)));
        Assert.Equal(expected, parts["v1"]);
    }

    internal static async Task<JsonElement> CreateWebhookAsync(TestTenant tenant, string url, params string[] events)
    {
        var response = await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url, description = "Test alıcısı", events });
        return await Problems.JsonAsync(response, HttpStatusCode.Created);
    }

    internal static async Task<string> CreateCustomerAsync(TestTenant tenant)
    {
        var response = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName = "Zeynep", lastName = "Kaya" });
        return (await Problems.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    internal static async Task<IReadOnlyList<JsonElement>> DeliveriesAsync(TestTenant tenant, JsonElement webhook)
    {
        var response = await tenant.Api.GetAsync($"/api/v1/webhooks/{webhook.GetProperty("id").GetString()}/deliveries");
        return [.. (await Problems.JsonAsync(response)).GetProperty("items").EnumerateArray()];
    }
}

public sealed class WebhookDeliveryTests_Sqlite(WebhookSqliteApp app) : WebhookDeliveryTests(app), IClassFixture<WebhookSqliteApp>;

public sealed class WebhookDeliveryTests_Postgres(WebhookPostgresApp app) : WebhookDeliveryTests(app), IClassFixture<WebhookPostgresApp>;
