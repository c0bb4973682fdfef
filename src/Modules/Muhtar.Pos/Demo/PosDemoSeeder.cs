using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Demo;

/// <summary>
/// The demo business's stores, catalogue and 18 months of receipts. Runs after the customers
/// (Order 10) so receipts can name them. The catalogue goes through SaveChanges (products are
/// audited); receipts are streamed from the generator in batches of a few thousand rows and written
/// with multi-row INSERTs (<see cref="ReceiptBulkWriter"/>), so memory stays flat and it takes seconds.
/// Does nothing when the business already has stores (a restart must not seed twice).
/// </summary>
internal sealed class PosDemoSeeder(
    IDbContextFactory<MuhtarDbContext> factory,
    ICustomerIdSource customers,
    ILogger<PosDemoSeeder> logger) : IDemoSeeder
{
    /// <summary>Receipts per transaction: with about 3.6 lines each, some 10,000 rows.</summary>
    private const int BatchSize = 2_000;

    private const int MaxCustomers = 5_000;

    public int Order => 20;

    public DemoVolume Volume { get; init; } = DemoVolume.Default;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await db.Set<Store>().AnyAsync(ct))
            {
                logger.LogInformation("POS demo data skipped: tenant {TenantId} already has stores", context.TenantId);
                return;
            }
        }

        var clock = Stopwatch.StartNew();
        var catalog = DemoCatalogGenerator.Generate(context.RandomSeed, context.Now);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.AddRange(catalog.Entities());
            await db.SaveChangesAsync(ct);
        }

        var customerIds = await customers.SampleIdsAsync(MaxCustomers, ct);
        var generator = new DemoReceiptGenerator(catalog, customerIds, context.Now, context.RandomSeed, Volume);
        int receipts = 0, lines = 0;
        foreach (var batch in generator.Generate().Chunk(BatchSize))
        {
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                await ReceiptBulkWriter.WriteAsync(db, batch, ct);
            }

            receipts += batch.Length;
            lines += batch.Sum(r => r.Lines.Count);
        }

        logger.LogInformation(
            "POS demo data for tenant {TenantId}: {Stores} stores, {Products} products, {Receipts} receipts, {Lines} lines from {Customers} customers in {Elapsed} ms",
            context.TenantId, catalog.Stores.Count, catalog.Products.Count, receipts, lines, customerIds.Count, clock.ElapsedMilliseconds);
    }
}
