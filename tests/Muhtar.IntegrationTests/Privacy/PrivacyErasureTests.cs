using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Pos;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Integrations;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Privacy;

/// <summary>C7 erasure: the person is gone from every table, while the sales they made still add up.</summary>
public abstract class PrivacyErasureTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Erasure_leaves_no_personal_value_in_any_table_and_report_totals_unchanged()
    {
        var tenant = await app.CreateTenantAsync();
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        await PrivacyPerson.SeedReceiptsAsync(app, tenant, person.CustomerId);
        Assert.NotEmpty(await DatabaseScan.FindAsync(app, person.Markers));
        var salesBefore = await PrivacyPerson.SalesPerStoreAndMonthAsync(tenant.Api);
        var spendBefore = await SpendAsync(tenant, person.CustomerId);

        var request = await PrivacyApi.CreateAsync(tenant.Api, new
        {
            customerId = person.CustomerId,
            type = "erasure",
            channel = "letter",
            requestedOn = PrivacyApi.Today(app).AddDays(-3),
            note = $"Kimlik teyidi telefonla yapıldı: {person.Phone}",
        });
        var completed = await PrivacyApi.PostAsync(tenant.Api, $"/api/v1/privacy/requests/{request.GetProperty("id").GetGuid()}/complete");

        Assert.Equal("completed", completed.GetProperty("status").GetString());
        var hits = await DatabaseScan.FindAsync(app, person.Markers);
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
        Assert.Equal(salesBefore, await PrivacyPerson.SalesPerStoreAndMonthAsync(tenant.Api));
        Assert.Equal(spendBefore, await SpendAsync(tenant, person.CustomerId));
        Assert.Equal(3, spendBefore.ReceiptCount);
    }

    [Fact]
    public async Task Erasure_leaves_nothing_of_the_person_in_automation_runs_or_webhook_deliveries()
    {
        var tenant = await app.CreateTenantAsync();
        var subscription = await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://crm-hooks.example.com/muhtar", events = new[] { "message.inbound" } });
        Assert.Equal(HttpStatusCode.Created, subscription.StatusCode);
        var rule = await tenant.Api.PostAsJsonAsync("/api/v1/automation/rules", new
        {
            name = "Yanıtı ERP'ye bildir",
            trigger = new { kind = "event", @event = "InboundMessageReceived" },
            actions = new object[] { new { kind = "webhook", url = "https://erp-hooks.example.com/yanit" } },
        });
        Assert.True(rule.StatusCode == HttpStatusCode.Created, await rule.Content.ReadAsStringAsync());
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        var channel = await tenant.Api.PutAsJsonAsync("/api/v1/messaging/channels/sms", new
        {
            provider = "verimor",
            settings = new { username = "908501234567", password = "verimor-parola", sourceAddr = "MUHTAR" },
        });
        var webhook = new Uri((await channel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhookUrl").GetString()!);

        // The person writes back with their name and e-mail; the reply's phone and words travel into the rule's run and both
        // webhooks. (JSON escapes "+" and Turkish letters, so the scan is asserted on the digits and the e-mail.)
        var reply = ProviderPushes.VerimorInbound(person.Phone[1..], $"Merhaba, ben {person.Markers[2]}, e-postam {person.Markers[8]}, yarın gelebilir miyim?");
        using var content = new ByteArrayContent(reply);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsync(webhook.PathAndQuery, content)).StatusCode);
        await app.DrainJobsAsync();
        var before = await DatabaseScan.FindAsync(app, person.Markers);
        Assert.Contains($"automation_runs.Payload contains \"{person.Markers[5]}\"", before);
        Assert.Contains($"automation_runs.Payload contains \"{person.Markers[8]}\"", before);
        Assert.Contains($"integrations_webhook_deliveries.Payload contains \"{person.Markers[5]}\"", before);
        Assert.Contains($"integrations_webhook_deliveries.Payload contains \"{person.Markers[8]}\"", before);
        var deliveries = $"/api/v1/webhooks/{(await subscription.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}/deliveries";
        Assert.Single(await ItemsAsync(tenant, deliveries));
        Assert.Single(await ItemsAsync(tenant, "/api/v1/webhooks/calls"));

        var request = await PrivacyApi.CreateAsync(tenant.Api, new
        {
            customerId = person.CustomerId,
            type = "erasure",
            channel = "letter",
            requestedOn = PrivacyApi.Today(app),
        });
        await PrivacyApi.PostAsync(tenant.Api, $"/api/v1/privacy/requests/{request.GetProperty("id").GetGuid()}/complete");

        var hits = await DatabaseScan.FindAsync(app, person.Markers);
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
        Assert.Empty(await ItemsAsync(tenant, deliveries));
        Assert.Empty(await ItemsAsync(tenant, "/api/v1/webhooks/calls"));
        // The run stays in the log (what ran when), without what it carried.
        var run = Assert.Single(await ItemsAsync(tenant, $"/api/v1/customers/{person.CustomerId}/automation-runs"));
        Assert.Equal("completed", run.GetProperty("status").GetString());
    }

    private static async Task<List<JsonElement>> ItemsAsync(TestTenant tenant, string url) =>
        [.. (await tenant.Api.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Erasing_a_survivor_also_erases_the_customers_merged_into_it_and_the_merge_snapshot()
    {
        var tenant = await app.CreateTenantAsync();
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        var twinPhone = "0535 " + Random.Shared.Next(100, 999) + " " + Random.Shared.Next(10, 99) + " " + Random.Shared.Next(10, 99);
        var twinEmail = $"eski.{Guid.NewGuid():N}@ornek.com.tr";
        var twinLast = "Eskikayıt" + Guid.NewGuid().ToString("N")[..8];
        var twin = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName = "Gülşen", lastName = twinLast, phone = twinPhone, email = twinEmail });
        Assert.Equal(HttpStatusCode.Created, twin.StatusCode);
        var twinId = (await twin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var merge = await tenant.Api.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = person.CustomerId, mergedIds = new[] { twinId } });
        Assert.True(merge.IsSuccessStatusCode, await merge.Content.ReadAsStringAsync());
        string[] twinMarkers = [twinEmail, twinLast, Muhtar.Platform.Text.TurkishText.Fold(twinLast)];
        Assert.NotEmpty(await DatabaseScan.FindAsync(app, twinMarkers));

        var request = await PrivacyApi.CreateAsync(tenant.Api, new
        {
            customerId = person.CustomerId,
            type = "erasure",
            channel = "letter",
            requestedOn = PrivacyApi.Today(app).AddDays(-1),
        });
        await PrivacyApi.PostAsync(tenant.Api, $"/api/v1/privacy/requests/{request.GetProperty("id").GetGuid()}/complete");

        var hits = await DatabaseScan.FindAsync(app, [.. person.Markers, .. twinMarkers]);
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
        var mergeId = (await merge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.Api.GetAsync($"/api/v1/customers/merges/{mergeId}")).StatusCode);
    }

    [Fact]
    public async Task An_erased_customer_is_an_anonymous_shell_nobody_finds_and_the_phone_is_free_again()
    {
        var tenant = await app.CreateTenantAsync();
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        var api = new CustomerApi(tenant.Id, tenant.Api);
        var before = await api.GetJsonAsync($"/api/v1/customers/{person.CustomerId}");
        var email = before.GetProperty("email").GetString()!;
        var card = before.GetProperty("cardNumber").GetString()!;

        var request = await PrivacyApi.CreateAsync(tenant.Api, new
        {
            customerId = person.CustomerId,
            type = "erasure",
            channel = "inPerson",
            requestedOn = PrivacyApi.Today(app),
        });
        var requestId = request.GetProperty("id").GetGuid();
        await PrivacyApi.PostAsync(tenant.Api, $"/api/v1/privacy/requests/{requestId}/complete");

        var shell = await api.GetJsonAsync($"/api/v1/customers/{person.CustomerId}");
        Assert.Equal("Silinmiş müşteri", shell.GetProperty("displayName").GetString());
        foreach (var field in new[] { "firstName", "lastName", "phone", "email", "cardNumber", "birthDate", "gender" })
        {
            Assert.Equal(JsonValueKind.Null, shell.GetProperty(field).ValueKind);
        }

        Assert.True(shell.GetProperty("isArchived").GetBoolean());
        Assert.Empty(shell.GetProperty("tags").EnumerateArray());
        Assert.Equal(0, (await api.GetJsonAsync($"/api/v1/customers/{person.CustomerId}/notes")).GetProperty("total").GetInt32());
        Assert.Empty((await api.GetJsonAsync($"/api/v1/customers/{person.CustomerId}/addresses")).EnumerateArray());
        foreach (var search in new[] { person.Phone, "0" + person.Phone[3..], email, card, person.Markers[0], "Gülşen" })
        {
            Assert.Empty(CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?archived=all&search=" + Uri.EscapeDataString(search))));
        }

        // The audit trail says who erased the customer under which request, and shows no erased value.
        var audit = await api.GetJsonAsync($"/api/v1/customers/{person.CustomerId}/audit?pageSize=100");
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        var erased = Assert.Single(entries, e => e.GetProperty("field").GetString() == "erased");
        Assert.Equal(requestId.ToString(), erased.GetProperty("newValue").GetString());
        Assert.All(entries.Where(e => e.GetProperty("field").GetString() != "erased"),
            e => Assert.True(e.GetProperty("oldValue").ValueKind == JsonValueKind.Null && e.GetProperty("newValue").ValueKind == JsonValueKind.Null));

        var again = await api.CreateAsync(new { firstName = "Yeni", lastName = "Müşteri", phone = person.Phone, email, cardNumber = card });
        Assert.Equal(person.Phone, again.GetProperty("phone").GetString());
        Assert.Equal([again.GetProperty("id").GetGuid()], CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?search=" + Uri.EscapeDataString(person.Phone))));
    }

    [Fact]
    public async Task A_completed_erasure_cannot_run_again_and_answers_409()
    {
        var tenant = await app.CreateTenantAsync();
        var person = await PrivacyPerson.CreateAsync(app, tenant);
        var request = await PrivacyApi.CreateAsync(tenant.Api, new
        {
            customerId = person.CustomerId,
            type = "erasure",
            channel = "email",
            requestedOn = PrivacyApi.Today(app),
        });
        var url = $"/api/v1/privacy/requests/{request.GetProperty("id").GetGuid()}";
        await PrivacyApi.PostAsync(tenant.Api, url + "/complete");

        var second = await tenant.Api.PostAsync(url + "/complete", null);
        var reject = await tenant.Api.PostAsJsonAsync(url + "/reject", new { reason = "geç" });
        var export = await tenant.Api.GetAsync(url + "/export");

        await Problems.AssertAsync(second, HttpStatusCode.Conflict, "status");
        await Problems.AssertAsync(reject, HttpStatusCode.Conflict, "status");
        await Problems.AssertAsync(export, HttpStatusCode.Conflict, "type");
    }

    private async Task<CustomerSpend> SpendAsync(TestTenant tenant, Guid customerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        return await scope.ServiceProvider.GetRequiredService<IPurchaseHistory>().SpendAsync(customerId);
    }
}

// Webhook receivers are resolved by a DNS of the test's own (that knows no name): deliveries wait, nothing leaves the machine.
public sealed class PrivacyErasureTests_Sqlite(WebhookDefaultSqliteApp app) : PrivacyErasureTests(app), IClassFixture<WebhookDefaultSqliteApp>;

public sealed class PrivacyErasureTests_Postgres(WebhookDefaultPostgresApp app) : PrivacyErasureTests(app), IClassFixture<WebhookDefaultPostgresApp>;
