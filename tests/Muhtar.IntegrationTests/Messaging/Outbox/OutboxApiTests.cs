using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Messaging.Outbox;

/// <summary>The messages API: send to a customer, list and read with status, dead letters and their retry, sending rules.</summary>
public abstract class OutboxApiTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_message_sent_through_the_API_goes_out_once_and_shows_its_status_in_lists_and_on_the_timeline()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CreateCustomerAsync(tenant);

        using var first = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{customer}/messages")
        {
            Content = JsonContent.Create(new { channel = "sms", body = "Siparişiniz hazır, mağazadan alabilirsiniz." }),
        };
        first.Headers.Add("Idempotency-Key", "order-ready-1");
        var created = await tenant.Api.SendAsync(first);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var message = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = message.GetProperty("id").GetGuid();
        Assert.Equal("queued", message.GetProperty("status").GetString());
        Assert.Equal("transactional", message.GetProperty("purpose").GetString());

        // A client retrying the same request gets the same message, not a second one.
        using var retry = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customers/{customer}/messages")
        {
            Content = JsonContent.Create(new { channel = "sms", body = "Siparişiniz hazır, mağazadan alabilirsiniz." }),
        };
        retry.Headers.Add("Idempotency-Key", "order-ready-1");
        var replay = await (await tenant.Api.SendAsync(retry)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, replay.GetProperty("id").GetGuid());

        await OutboxAppSetup.SendDueAsync(app.Services);
        Assert.Equal(1, Gateway.Requests[id]);

        var one = await tenant.Api.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{id}");
        Assert.Equal("sent", one.GetProperty("status").GetString());
        Assert.StartsWith("+90532", one.GetProperty("to").GetString());
        var list = await tenant.Api.GetFromJsonAsync<JsonElement>($"/api/v1/messages?customerId={customer}&status=sent");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetGuid());
        var queued = await tenant.Api.GetFromJsonAsync<JsonElement>($"/api/v1/messages?customerId={customer}&status=queued");
        Assert.Equal(0, queued.GetProperty("total").GetInt32());

        var timeline = await tenant.Api.GetStringAsync($"/api/v1/customers/{customer}/timeline");
        Assert.Contains($"message:{id}", timeline, StringComparison.Ordinal);
        Assert.Contains("message-sent", timeline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"channel\":\"fax\",\"body\":\"Merhaba\"}", "channel")]
    [InlineData("{\"channel\":\"sms\",\"body\":\"   \"}", "body")]
    [InlineData("{\"channel\":\"email\",\"body\":\"Merhaba\"}", "subject")]
    [InlineData("{\"channel\":\"sms\",\"purpose\":\"spam\",\"body\":\"Merhaba\"}", "purpose")]
    public async Task Bad_input_is_a_problem_naming_the_field(string json, string field)
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CreateCustomerAsync(tenant);

        var response = await tenant.Api.PostAsync($"/api/v1/customers/{customer}/messages", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_message_to_an_unknown_customer_is_not_found()
    {
        var tenant = await app.CreateTenantAsync();
        var response = await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{Guid.NewGuid()}/messages", new { channel = "sms", body = "Merhaba" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_commercial_message_without_consent_is_answered_as_blocked()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CreateCustomerAsync(tenant);

        var response = await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{customer}/messages", new { channel = "sms", purpose = "commercial", body = "İndirim!" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var message = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("blocked", message.GetProperty("status").GetString());
        Assert.Equal("no-consent", message.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_admin_sees_a_rejected_message_in_the_dead_letters_and_retries_it()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CreateCustomerAsync(tenant);
        var created = await (await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{customer}/messages", new { channel = "sms", body = "Borç ekstreniz hazır." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Gateway.Script(new ProviderSendResult(ProviderSendOutcome.Rejected, null, "30 invalid credentials"));
        await OutboxAppSetup.SendDueAsync(app.Services);

        // Dead letters are for admins (messaging.configure): no API-key scope grants it, the owner signs in.
        var owner = await tenant.LoginAsync(Roles.Owner);
        var dead = await owner.GetFromJsonAsync<JsonElement>("/api/v1/messages/dead-letters");
        var letter = Assert.Single(dead.GetProperty("items").EnumerateArray());
        Assert.Equal(id, letter.GetProperty("id").GetGuid());
        Assert.Equal("rejected", letter.GetProperty("reason").GetString());
        Assert.Equal("30 invalid credentials", letter.GetProperty("lastAnswer").GetString());

        // A salesperson may read messages but not manage dead letters.
        var sales = await tenant.LoginAsync(Roles.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync("/api/v1/messages/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsync($"/api/v1/messages/{id}/retry", null)).StatusCode);

        var retried = await owner.PostAsync($"/api/v1/messages/{id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("queued", (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await OutboxAppSetup.SendDueAsync(app.Services);
        Assert.Equal("sent", (await tenant.Api.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{id}")).GetProperty("status").GetString());
        Assert.Equal(2, Gateway.Requests[id]);

        var again = await owner.PostAsync($"/api/v1/messages/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Sending_rules_are_read_and_changed_by_an_admin_and_bad_times_name_the_field()
    {
        var tenant = await app.CreateTenantAsync();

        var owner = await tenant.LoginAsync(Roles.Owner);
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.Api.GetAsync("/api/v1/messaging/outbox-settings")).StatusCode);
        var defaults = await owner.GetFromJsonAsync<JsonElement>("/api/v1/messaging/outbox-settings");
        Assert.Equal("20:00", defaults.GetProperty("quietStart").GetString());
        Assert.Equal("09:00", defaults.GetProperty("quietEnd").GetString());
        Assert.Equal(2, defaults.GetProperty("capCount").GetInt32());
        Assert.Equal(7, defaults.GetProperty("capDays").GetInt32());
        Assert.Equal("Europe/Istanbul", defaults.GetProperty("timeZone").GetString());

        var bad = await owner.PutAsJsonAsync("/api/v1/messaging/outbox-settings", new { quietStart = "25:00" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("quietStart", out _));

        var saved = await owner.PutAsJsonAsync("/api/v1/messaging/outbox-settings", new { quietStart = "21:30", capCount = 4 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await owner.GetFromJsonAsync<JsonElement>("/api/v1/messaging/outbox-settings");
        Assert.Equal("21:30", read.GetProperty("quietStart").GetString());
        Assert.Equal("09:00", read.GetProperty("quietEnd").GetString());
        Assert.Equal(4, read.GetProperty("capCount").GetInt32());
    }

    private StubGateway Gateway => app.Services.GetRequiredService<StubGateway>();

    private static async Task<Guid> CreateCustomerAsync(TestTenant tenant)
    {
        var response = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new
        {
            kind = "person",
            firstName = "Mehmet",
            lastName = "Demir",
            phone = "0532 " + Random.Shared.Next(100, 999) + " " + Random.Shared.Next(10, 99) + " " + Random.Shared.Next(10, 99),
            email = $"mehmet{Guid.NewGuid():N}@example.com",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

public sealed class OutboxApiTests_Sqlite(OutboxSqliteApp app) : OutboxApiTests(app), IClassFixture<OutboxSqliteApp>;

public sealed class OutboxApiTests_Postgres(OutboxPostgresApp app) : OutboxApiTests(app), IClassFixture<OutboxPostgresApp>;
