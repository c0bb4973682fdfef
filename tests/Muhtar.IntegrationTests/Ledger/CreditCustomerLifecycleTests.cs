using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Privacy;

namespace Muhtar.IntegrationTests.Ledger;

/// <summary>A credit account follows the customer through a merge and its undo, and erasure keeps the debt but not the notes.</summary>
public abstract class CreditCustomerLifecycleTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Merging_customers_adds_their_debts_and_undo_gives_each_back_their_own()
    {
        var tenant = await app.CreateTenantAsync();
        var survivor = await CustomerAsync(tenant, "Ahmet", "0532 201 30 40");
        var twin = await CustomerAsync(tenant, "Ahmet Can", "0532 201 30 41");
        await ChargeAsync(tenant, survivor, 100m, null);
        await ChargeAsync(tenant, twin, 40.25m, null);

        using var merge = await JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = survivor, mergedIds = new[] { twin } }), HttpStatusCode.Created);
        Assert.Equal(140.25m, await BalanceAsync(tenant, survivor));

        var undo = await tenant.Api.PostAsJsonAsync($"/api/v1/customers/merges/{merge.RootElement.GetProperty("id").GetGuid()}/undo", new { });
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal((100m, 40.25m), (await BalanceAsync(tenant, survivor), await BalanceAsync(tenant, twin)));
    }

    [Fact]
    public async Task Erasure_blanks_the_notes_but_keeps_the_debt()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CustomerAsync(tenant, "Zeynep", "0532 201 30 42");
        var secret = "Kızı aldı " + Guid.NewGuid().ToString("N")[..8];
        await ChargeAsync(tenant, customer, 75m, secret);
        Assert.NotEmpty(await DatabaseScan.FindAsync(app, [secret]));

        var request = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = customer, type = "erasure", channel = "letter", requestedOn = PrivacyApi.Today(app) });
        await PrivacyApi.PostAsync(tenant.Api, $"/api/v1/privacy/requests/{request.GetProperty("id").GetGuid()}/complete");

        Assert.Empty(await DatabaseScan.FindAsync(app, [secret]));
        Assert.Equal(75m, await BalanceAsync(tenant, customer));
    }

    private static async Task<Guid> CustomerAsync(TestTenant tenant, string firstName, string phone)
    {
        using var json = await JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName, lastName = "Yılmaz", phone }), HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task ChargeAsync(TestTenant tenant, Guid customerId, decimal amount, string? note) =>
        (await JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/credit-book/entries", new { customerId, kind = "charge", amount, note }), HttpStatusCode.Created)).Dispose();

    private static async Task<decimal> BalanceAsync(TestTenant tenant, Guid customerId)
    {
        using var json = await JsonAsync(await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customerId}"), HttpStatusCode.OK);
        return json.RootElement.GetProperty("balance").GetDecimal();
    }

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}

public sealed class CreditCustomerLifecycleTests_Sqlite(SqliteApp app) : CreditCustomerLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class CreditCustomerLifecycleTests_Postgres(PostgresApp app) : CreditCustomerLifecycleTests(app), IClassFixture<PostgresApp>;
