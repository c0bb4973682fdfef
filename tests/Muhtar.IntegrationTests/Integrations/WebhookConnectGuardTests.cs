using System.Net;
using System.Net.Http.Json;
using Muhtar.Integrations.Webhooks;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Integrations;

/// <summary>
/// With production settings (no loopback switch) the guard also holds at connect time: a name that looked
/// public when registered but resolves to 127.0.0.1 now (DNS rebinding) gets no request.
/// </summary>
public abstract class WebhookConnectGuardTests(MuhtarAppFactory app) : IAsyncLifetime
{
    private IFakeDnsApp Fake => (IFakeDnsApp)app;

    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_loopback_receiver_is_refused_at_connect_time_by_default()
    {
        var tenant = await app.CreateTenantAsync();
        await Problems.AssertAsync(
            await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = _receiver.Url, events = new[] { "customer.created" } }),
            HttpStatusCode.UnprocessableEntity, "url");

        // hooks.rebind.example answers with a public address at registration and with 127.0.0.1 when we connect.
        var host = $"hooks-{Guid.NewGuid():N}.rebind.example";
        Fake.Dns[host] = [IPAddress.Parse("93.184.216.34")];
        var webhook = await WebhookDeliveryTests.CreateWebhookAsync(tenant, $"http://{host}:{_receiver.Port}/hooks", "customer.created");
        Fake.Dns[host] = [IPAddress.Loopback];

        await WebhookDeliveryTests.CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();

        Assert.Empty(_receiver.Requests);
        var delivery = Assert.Single(await WebhookDeliveryTests.DeliveriesAsync(tenant, webhook));
        Assert.Equal("failed", delivery.GetProperty("status").GetString()); // not retried: the address will not become public
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Contains("not a public address", delivery.GetProperty("lastResponse").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_one_private_address_among_public_ones_is_refused()
    {
        var tenant = await app.CreateTenantAsync();
        var host = $"hooks-{Guid.NewGuid():N}.mixed.example";
        Fake.Dns[host] = [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("::ffff:127.0.0.1")];
        var webhook = await WebhookDeliveryTests.CreateWebhookAsync(tenant, $"http://{host}:{_receiver.Port}/hooks", "customer.created");

        await WebhookDeliveryTests.CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();

        Assert.Empty(_receiver.Requests);
        Assert.Equal("failed", Assert.Single(await WebhookDeliveryTests.DeliveriesAsync(tenant, webhook)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_webhook_http_stack_refuses_loopback_literals_and_follows_no_redirects()
    {
        using var guarded = new HttpClient(WebhookHttp.CreateHandler(new SystemDnsResolver(), allowLoopback: false));
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => guarded.PostAsync(_receiver.Url, new StringContent("{}")));
        Assert.Contains(Chain(refused), e => e is WebhookAddressRefusedException);
        Assert.Empty(_receiver.Requests);

        using var testing = new HttpClient(WebhookHttp.CreateHandler(new SystemDnsResolver(), allowLoopback: true));
        _receiver.Answers.Enqueue(302);
        var redirect = await testing.PostAsync(_receiver.Url, new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/elsewhere", redirect.Headers.Location?.OriginalString);
        Assert.Single(_receiver.Requests);
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

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }
}

public sealed class WebhookConnectGuardTests_Sqlite(WebhookDefaultSqliteApp app) : WebhookConnectGuardTests(app), IClassFixture<WebhookDefaultSqliteApp>;

public sealed class WebhookConnectGuardTests_Postgres(WebhookDefaultPostgresApp app) : WebhookConnectGuardTests(app), IClassFixture<WebhookDefaultPostgresApp>;
