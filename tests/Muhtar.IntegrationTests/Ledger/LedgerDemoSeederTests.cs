using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Ledger.Demo;
using Muhtar.Platform.Demo;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Ledger;

/// <summary>The demo business opens with a few credit-book tabs: debtors with "owes since", a paid-off tab, a corrected mistake.</summary>
public abstract class LedgerDemoSeederTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_demo_credit_book_lists_three_debtors_oldest_first_and_seeding_twice_adds_nothing()
    {
        var tenant = await app.CreateTenantAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await SeedAsync(tenant.Id, now);
        await SeedAsync(tenant.Id, now);

        using var debtors = await CreditBookApi.JsonAsync(await tenant.Api.GetAsync("/api/v1/credit-book/debtors?sort=age"), HttpStatusCode.OK);
        var items = debtors.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([350m, 1240m, 129.75m], items.Select(d => d.GetProperty("balance").GetDecimal()));
        Assert.Equal(1719.75m, debtors.RootElement.GetProperty("total").GetDecimal());
        // Ahmet's 80 TL payment left part of his first charge unpaid, so he has owed since 41 days ago.
        Assert.Equal(now.AddDays(-41), items[0].GetProperty("since").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));

        using var mustafa = await CreditBookApi.JsonAsync(
            await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{items[1].GetProperty("customerId").GetGuid()}"), HttpStatusCode.OK);
        Assert.Contains(mustafa.RootElement.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() == "reversal");
    }

    private async Task SeedAsync(Guid tenantId, DateTime now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "demo");
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<LedgerDemoSeeder>().Single();
        await seeder.SeedAsync(new DemoSeedContext(tenantId, now, 20261123, new Dictionary<string, Guid>()), CancellationToken.None);
    }
}

public sealed class LedgerDemoSeederTests_Sqlite(SqliteApp app) : LedgerDemoSeederTests(app), IClassFixture<SqliteApp>;

public sealed class LedgerDemoSeederTests_Postgres(PostgresApp app) : LedgerDemoSeederTests(app), IClassFixture<PostgresApp>;
