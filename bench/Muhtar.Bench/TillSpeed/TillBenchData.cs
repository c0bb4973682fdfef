using System.Diagnostics;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Pos;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Search;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Demo;
using Muhtar.Pos.Receipts;
using Npgsql;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// The benchmark business: the demo chain's stores, tills and ~340 products; N customers with phones
/// +90532 0000000 … (copied in with binary COPY through the EF model); receipts with 1–9 lines (mean 5)
/// until the line count is reached, three quarters of them naming a customer, written with the POS
/// module's own <see cref="ReceiptBulkWriter"/>. A neighbour business holds a tenth as many customers with
/// the SAME phone numbers, so every lookup has to be told apart by tenant. Then VACUUM ANALYZE.
/// </summary>
internal static class TillBenchData
{
    private const int CustomerBatch = 50_000;
    private const int ReceiptBatch = 20_000;

    /// <summary>Seeds an empty, migrated database, then reads the business back (<see cref="TillBenchReader.LoadAsync"/>).</summary>
    public static async Task<TillBenchTenant> SeedAsync(IServiceProvider services, string connectionString, int customers, long lines)
    {
        var onboarding = services.GetRequiredService<TenantOnboarding>();
        var tenant = await onboarding.CreateTenantAsync("Bench Zincir Market", TillBenchTenant.Slug);
        var neighbour = await onboarding.CreateTenantAsync("Komşu Market", "benchkomsu");
        var now = DateTime.UtcNow;

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, null, "bench");
        var catalog = DemoCatalogGenerator.Generate(5, now);
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.AddRange(catalog.Entities());
            await db.SaveChangesAsync();
        }

        var clock = Stopwatch.StartNew();
        var customerIds = await SeedCustomersAsync(services, connectionString, tenant, customers, now);
        await SeedCustomersAsync(services, connectionString, neighbour, customers / 10, now);
        Console.WriteLine($"  customers: {customers:N0} + {customers / 10:N0} (neighbour) in {clock.Elapsed.TotalSeconds:F0} s");

        clock.Restart();
        var (receipts, written) = await SeedReceiptsAsync(factory, catalog, customerIds, lines, now);
        Console.WriteLine($"  receipts: {receipts:N0} with {written:N0} lines in {clock.Elapsed.TotalSeconds:F0} s");

        clock.Restart();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"  VACUUM ANALYZE in {clock.Elapsed.TotalSeconds:F0} s");
        return await TillBenchReader.LoadAsync(services, connectionString);
    }

    /// <summary>Customer n has phone +90532 followed by n in seven digits; the returned ids are in that order.</summary>
    private static async Task<Guid[]> SeedCustomersAsync(IServiceProvider services, string connectionString, Guid tenantId, int total, DateTime now)
    {
        var faker = new Faker("tr") { Random = new Randomizer(total + 7) };
        var firstNames = Enumerable.Range(0, 400).Select(_ => faker.Name.FirstName()).ToArray();
        var lastNames = Enumerable.Range(0, 400).Select(_ => faker.Name.LastName()).ToArray();
        var random = new Random(total + 11);
        var ids = new Guid[total];
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "bench");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var start = 0; start < total; start += CustomerBatch)
        {
            var rows = Enumerable.Range(start, Math.Min(CustomerBatch, total - start)).Select(n =>
            {
                var draft = new CustomerDraft(CustomerKind.Person, firstNames[random.Next(400)], lastNames[random.Next(400)], null,
                    TillBenchTenant.Phone(n), $"musteri{n}@example.com", random.Next(2) == 0 ? Gender.Female : Gender.Male, null,
                    n % 3 == 0 ? $"C{n:D9}" : null, null, new Dictionary<string, string>(), []);
                var customer = new Customer(draft, now.AddMinutes(-random.Next(0, 60 * 24 * 900)));
                ids[n] = customer.Id;
                return customer;
            }).ToList();
            await new EntityCopy<Customer>(db, tenantId).WriteAsync(connection, rows);
            await new EntityCopy<CustomerSearchToken>(db, tenantId).WriteAsync(connection, rows.SelectMany(r => r.SearchTokens));
        }

        return ids;
    }

    private static async Task<(long Receipts, long Lines)> SeedReceiptsAsync(
        IDbContextFactory<MuhtarDbContext> factory, DemoCatalog catalog, Guid[] customerIds, long lines, DateTime now)
    {
        var random = new Random(42);
        var products = catalog.Products.Select(p => p.Product).ToArray();
        var numbers = new Dictionary<(Guid, string), int>();
        long receipts = 0, written = 0;
        var progress = Stopwatch.StartNew();
        while (written < lines)
        {
            var batch = new List<Receipt>(ReceiptBatch);
            while (batch.Count < ReceiptBatch && written < lines)
            {
                var store = catalog.Stores[random.Next(catalog.Stores.Count)];
                var till = random.Next(store.Tills.Count);
                var key = (store.Store.Id, store.Tills[till].Code);
                var number = numbers[key] = numbers.GetValueOrDefault(key) + 1;
                var count = (int)Math.Min(1 + random.Next(9), lines - written);
                var receiptLines = Enumerable.Range(1, count).Select(lineNo =>
                {
                    var product = products[random.Next(products.Length)];
                    return new ReceiptLine(lineNo, product.Id, product.Barcode, 1000 * (1 + random.Next(3)), product.PriceKurus, 0);
                });
                var at = now.AddMinutes(-random.Next(1, 60 * 24 * 540));
                var customer = random.Next(4) == 0 || customerIds.Length == 0 ? (Guid?)null : customerIds[random.Next(customerIds.Length)];
                var header = new ReceiptHeader(store.Store.Id, store.Tills[till].Code, store.Cashiers[till % store.Cashiers.Count],
                    $"H{number:D7}", at, customer, (PaymentType)random.Next(3));
                batch.Add(new Receipt(header, receiptLines, at));
                written += count;
            }

            await using (var db = await factory.CreateDbContextAsync())
            {
                await ReceiptBulkWriter.WriteAsync(db, batch, CancellationToken.None);
            }

            receipts += batch.Count;
            if (progress.Elapsed > TimeSpan.FromSeconds(30))
            {
                Console.WriteLine($"    {written:N0} of {lines:N0} lines");
                progress.Restart();
            }
        }

        return (receipts, written);
    }
}
