using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Muhtar.Abstractions.Pos;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Demo;
using Muhtar.Pos.Receipts;
using Xunit.Abstractions;

namespace Muhtar.IntegrationTests.Pos;

/// <summary>The full demo history seeded into a fresh business, on each database, through the real context.</summary>
public abstract class PosDemoSeederTests(MuhtarAppFactory app, ITestOutputHelper output)
{
    private const int Seed = 20261123;

    [Fact]
    public async Task The_demo_seeds_stores_products_and_18_months_of_receipts_once()
    {
        var tenant = await app.CreateTenantAsync();
        var customers = Enumerable.Range(1, 2_000).Select(_ => Guid.CreateVersion7()).ToList();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var context = new DemoSeedContext(tenant.Id, now, Seed, new Dictionary<string, Guid>());
        var catalog = DemoCatalogGenerator.Generate(Seed, now);
        var expected = new DemoReceiptGenerator(catalog, customers, now, Seed, DemoVolume.Default).Generate().ToList();

        var clock = Stopwatch.StartNew();
        await SeedAsync(tenant.Id, customers, context);
        output.WriteLine($"{app.Provider}: seeded {expected.Count} receipts, {expected.Sum(r => r.Lines.Count)} lines in {clock.ElapsedMilliseconds} ms");
        await SeedAsync(tenant.Id, customers, context);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            Assert.Equal(expected.Count, await db.Set<Receipt>().CountAsync());
            Assert.Equal(expected.Sum(r => r.Lines.Count), await db.Set<ReceiptLine>().CountAsync());
            Assert.Equal(expected.Sum(r => r.TotalKurus), await db.Set<Receipt>().SumAsync(r => r.TotalKurus));
            Assert.Equal(expected.Count(r => r.CustomerId is not null), await db.Set<Receipt>().CountAsync(r => r.CustomerId != null));
            Assert.Equal(await db.Set<Receipt>().SumAsync(r => r.TotalKurus), await db.Set<ReceiptLine>().SumAsync(l => l.LineTotalKurus));
        }

        using var stores = JsonDocument.Parse(await tenant.Api.GetStringAsync("/api/v1/pos/stores"));
        Assert.Equal(6, stores.RootElement.GetProperty("total").GetInt32());
        Assert.All(stores.RootElement.GetProperty("items").EnumerateArray(), s => Assert.Equal(2, s.GetProperty("tills").GetArrayLength()));
        using var products = JsonDocument.Parse(await tenant.Api.GetStringAsync("/api/v1/pos/products?tag=vegan&pageSize=1"));
        Assert.True(products.RootElement.GetProperty("total").GetInt32() > 50);
        using var receipts = JsonDocument.Parse(await tenant.Api.GetStringAsync("/api/v1/pos/receipts?pageSize=1"));
        Assert.Equal(expected.Count, receipts.RootElement.GetProperty("total").GetInt32());
        var newest = receipts.RootElement.GetProperty("items")[0].GetProperty("occurredAt").GetDateTimeOffset();
        Assert.InRange(newest, new DateTimeOffset(now).AddDays(-1), new DateTimeOffset(now));

        // Guids, times and enums written by the bulk path compare in SQL as EF writes them.
        var kadikoy = stores.RootElement.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "IST01").GetProperty("id").GetGuid();
        var kadikoyInCatalog = catalog.Stores.Single(s => s.Store.Code == "IST01").Store.Id;
        using var inKadikoy = JsonDocument.Parse(await tenant.Api.GetStringAsync($"/api/v1/pos/receipts?storeId={kadikoy}&pageSize=1"));
        Assert.Equal(expected.Count(r => r.StoreId == kadikoyInCatalog), inKadikoy.RootElement.GetProperty("total").GetInt32());
        var loyal = expected.Where(r => r.CustomerId is not null).GroupBy(r => r.CustomerId!.Value).MaxBy(g => g.Count())!;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
            var spend = await scope.ServiceProvider.GetRequiredService<IPurchaseHistory>().SpendAsync(loyal.Key);
            Assert.Equal(new CustomerSpend(loyal.Key, loyal.Count(), loyal.Sum(r => r.TotalKurus),
                new DateTimeOffset(loyal.Min(r => r.OccurredAt)), new DateTimeOffset(loyal.Max(r => r.OccurredAt))), spend);
        }
    }

    private async Task SeedAsync(Guid tenantId, IReadOnlyList<Guid> customers, DemoSeedContext context)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "demo");
        var seeder = new PosDemoSeeder(scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>(),
            new FixedCustomerIds(customers), NullLogger<PosDemoSeeder>.Instance);
        await seeder.SeedAsync(context, CancellationToken.None);
    }
}

public sealed class PosDemoSeederTests_Sqlite(SqliteApp app, ITestOutputHelper output) : PosDemoSeederTests(app, output), IClassFixture<SqliteApp>;

public sealed class PosDemoSeederTests_Postgres(PostgresApp app, ITestOutputHelper output) : PosDemoSeederTests(app, output), IClassFixture<PostgresApp>;
