using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Pos;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Pos;

/// <summary><see cref="IPurchaseHistory"/> as another module calls it, within the current business only.</summary>
public abstract class PurchaseHistoryTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_customers_spend_counts_their_receipts_after_discounts_with_first_and_last_dates()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);

        var spend = await InTenant(tenant.Id, h => h.SpendAsync(rows.Ahmet));

        Assert.Equal(new CustomerSpend(rows.Ahmet, 3, 1234_50 + 121_60 + 55_00, new DateTimeOffset(PosRows.Times[4]), new DateTimeOffset(PosRows.Times[0])), spend);
    }

    [Fact]
    public async Task Recent_purchases_come_newest_first_with_store_and_line_count()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);

        var recent = await InTenant(tenant.Id, h => h.RecentForCustomerAsync(rows.Ahmet, 2));

        Assert.Equal([rows.ReceiptIds[0], rows.ReceiptIds[2]], recent.Select(p => p.ReceiptId));
        Assert.Equal(new PurchaseSummary(rows.ReceiptIds[0], new DateTimeOffset(PosRows.Times[0]), rows.KadikoyId, "Kadıköy Moda Şubesi", "000005",
            2, 83_00, 1234_50, PaymentType.Card), recent[0]);
    }

    [Fact]
    public async Task Another_business_sees_no_purchases_of_the_customer()
    {
        var owner = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, owner);

        Assert.Empty(await InTenant(other.Id, h => h.RecentForCustomerAsync(rows.Ahmet, 10)));
        Assert.Equal(new CustomerSpend(rows.Ahmet, 0, 0, null, null), await InTenant(other.Id, h => h.SpendAsync(rows.Ahmet)));
    }

    private async Task<T> InTenant<T>(Guid tenantId, Func<IPurchaseHistory, Task<T>> call)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        return await call(scope.ServiceProvider.GetRequiredService<IPurchaseHistory>());
    }
}

public sealed class PurchaseHistoryTests_Sqlite(SqliteApp app) : PurchaseHistoryTests(app), IClassFixture<SqliteApp>;

public sealed class PurchaseHistoryTests_Postgres(PostgresApp app) : PurchaseHistoryTests(app), IClassFixture<PostgresApp>;
