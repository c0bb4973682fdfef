using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;
using Npgsql;

namespace Muhtar.Bench.TillSpeed;

/// <summary>Reads the benchmark business back from the database and gives it fresh API keys.</summary>
internal static class TillBenchReader
{
    /// <summary>
    /// The benchmark business of an already seeded database (this run's or a kept one's): new API keys, its
    /// stores, products and customer ids, read back from the tables.
    /// </summary>
    public static async Task<TillBenchTenant> LoadAsync(IServiceProvider services, string connectionString)
    {
        Guid tenantId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync())
        {
            tenantId = await db.Set<Tenant>().Where(t => t.Slug == TillBenchTenant.Slug).Select(t => t.Id).SingleAsync();
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "bench");
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        var tillKey = (await keys.CreateAsync(tenantId, "bench till", ["pos"])).Key;
        var adminKey = (await keys.CreateAsync(tenantId, "bench admin")).Key;
        await using var tenantDb = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var tills = await tenantDb.Set<Till>().AsNoTracking().ToListAsync();
        var stores = (await tenantDb.Set<Store>().AsNoTracking().OrderBy(s => s.Code).ToListAsync())
            .Select(s => new BenchStore(s.Code, tills.Where(t => t.StoreId == s.Id).Select(t => t.Code).Order(StringComparer.Ordinal).ToList()))
            .Where(s => s.TillCodes.Count > 0)
            .ToList();
        var products = await tenantDb.Set<Product>().AsNoTracking().OrderBy(p => p.Barcode)
            .Select(p => new BenchProduct(p.Id, p.Barcode, p.PriceKurus, p.CategoryId)).ToListAsync();
        // "+90532" and seven digits: text order is n order.
        var customerIds = await tenantDb.Set<Customer>().AsNoTracking().Where(c => c.Phone!.StartsWith("+90532"))
            .OrderBy(c => c.Phone).Select(c => c.Id).ToArrayAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            $"SELECT (SELECT count(*) FROM \"{tenantDb.Model.FindEntityType(typeof(Receipt))!.GetTableName()}\"), " +
            $"(SELECT count(*) FROM \"{tenantDb.Model.FindEntityType(typeof(ReceiptLine))!.GetTableName()}\")", connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine($"data: {customerIds.Length:N0} customers of the benchmark business, {reader.GetInt64(0):N0} receipts " +
            $"with {reader.GetInt64(1):N0} lines in all (both businesses), {stores.Count} stores, {products.Count} products");
        return new TillBenchTenant(tenantId, tillKey, adminKey, stores, products, customerIds);
    }
}
