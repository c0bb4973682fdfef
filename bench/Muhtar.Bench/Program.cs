using System.Diagnostics;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Bench;
using Muhtar.Bench.TillSpeed;
using Muhtar.Customers;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Search;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Npgsql;

// Seeds N customers (default 1,000,000) for one business, plus a tenth of that for a second business,
// into a throwaway PostgreSQL database, then times the customer list and search queries the UI and API run,
// and one full duplicate scan (C4) that must find the planted duplicates (one in every 1,000 customers gets a
// twin spelled in capitals with the same birth date).
if (args.Contains("--till"))
{
    // Till speed (issue 5), see docs/PERFORMANCE.md: dotnet run -c Release --project bench/Muhtar.Bench -- --till [--customers 1000000 --lines 10000000]
    await TillBench.RunAsync(args);
    return 0;
}

if (Arg("--import", 0) is > 0 and var importRows)
{
    // Import throughput instead of the list benchmark: dotnet run -c Release --project bench/Muhtar.Bench -- --import 200000
    await ImportBench.RunAsync(importRows);
    return 0;
}

if (Arg("--outbox", 0) is > 0 and var outboxMessages)
{
    // Outbox throughput: dotnet run -c Release --project bench/Muhtar.Bench -- --outbox 50000 [--instances 2]
    await OutboxBench.RunAsync(outboxMessages, Arg("--instances", 2));
    return 0;
}

var count = Arg("--customers", 1_000_000);
var iterations = Arg("--iterations", 200);
var connectionString = await PostgresCluster.CreateDatabaseAsync();
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Postgres",
    ["ConnectionStrings:Muhtar"] = connectionString,
}).Build();
var services = new ServiceCollection().AddLogging().AddMuhtarPlatform(configuration).AddAllModules().BuildServiceProvider();

await using (var scope = services.CreateAsyncScope())
{
    await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
    await db.Database.MigrateAsync();
}

var onboarding = services.GetRequiredService<TenantOnboarding>();
var tenant = await onboarding.CreateTenantAsync("Bench Zincir Market", "bench");
var neighbour = await onboarding.CreateTenantAsync("Komşu İşletme", "komsu");

var planted = new List<(Guid Original, Guid Twin)>();
var seeding = Stopwatch.StartNew();
await SeedAsync(tenant, count, offset: 0, planted);
await SeedAsync(neighbour, count / 10, offset: count, null);
await using (var connection = new NpgsqlConnection(connectionString))
{
    await connection.OpenAsync();
    await new NpgsqlCommand("VACUUM ANALYZE", connection).ExecuteNonQueryAsync();
}

Console.WriteLine($"Seeded {count:N0} + {count / 10:N0} customers in {seeding.Elapsed.TotalSeconds:F0} s");

await using var measureScope = services.CreateAsyncScope();
measureScope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, null, "bench");
var customers = measureScope.ServiceProvider.GetRequiredService<CustomerService>();
var probe = count / 2;
var phone = $"0532 {probe / 10000 % 1000:D3} {probe / 100 % 100:D2} {probe % 100:D2}";
var cases = new (string Name, Func<Task<int>> Run)[]
{
    ("Round trip (SELECT 1), the baseline", async () =>
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return Convert.ToInt32(await new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync());
    }),
    ("List page 1, by name, 50 rows + total", async () => (await customers.ListAsync(new CustomerListQuery())).Items.Count),
    ("List page 200, newest first, 50 rows + total", async () => (await customers.ListAsync(new CustomerListQuery { Sort = CustomerSort.CreatedAtDescending, Page = 200 })).Items.Count),
    ($"Search by phone \"{phone}\"", async () => (await customers.ListAsync(new CustomerListQuery { Search = phone })).Total),
    ("Search by name \"AHMET YILMAZ\"", async () => (await customers.ListAsync(new CustomerListQuery { Search = "AHMET YILMAZ" })).Items.Count),
    ("Search by name prefix \"şük\"", async () => (await customers.ListAsync(new CustomerListQuery { Search = "şük" })).Items.Count),
};

Console.WriteLine();
Console.WriteLine($"| query ({count:N0} customers, {iterations} runs) | median ms | p99 ms | median / baseline |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
double? baseline = null;
foreach (var (name, run) in cases)
{
    for (var i = 0; i < 5; i++)
    {
        await run();
    }

    var samples = new List<double>(iterations);
    for (var i = 0; i < iterations; i++)
    {
        var started = Stopwatch.GetTimestamp();
        if (await run() == 0 && !name.StartsWith("Round", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{name} found nothing: the benchmark would measure an empty answer");
        }

        samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    samples.Sort();
    var median = samples[samples.Count / 2];
    var p99 = samples[(int)Math.Ceiling(samples.Count * 0.99) - 1];
    baseline ??= median;
    Console.WriteLine($"| {name} | {median:F2} | {p99:F2} | {median / baseline:F1} |");
}

await DuplicateScanBench.RunAsync(measureScope.ServiceProvider, planted);
return 0;

async Task SeedAsync(Guid tenantId, int total, int offset, List<(Guid Original, Guid Twin)>? twins)
{
    var faker = new Faker("tr") { Random = new Randomizer(offset + 7) };
    var firstNames = Enumerable.Range(0, 400).Select(_ => faker.Name.FirstName()).Append("Ahmet").Append("Şükrü").ToArray();
    var lastNames = Enumerable.Range(0, 400).Select(_ => faker.Name.LastName()).Append("Yılmaz").ToArray();
    var random = new Random(offset + 11);
    var now = DateTime.UtcNow;
    await using var scope = services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "bench");
    await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    const int batch = 50_000;
    for (var start = 0; start < total; start += batch)
    {
        var rows = Enumerable.Range(start, Math.Min(batch, total - start)).Select(i =>
        {
            var first = firstNames[random.Next(firstNames.Length)];
            var last = lastNames[random.Next(lastNames.Length)];
            var n = offset + i;
            var draft = new CustomerDraft(CustomerKind.Person, first, last, null, $"+90532{n:D7}",
                $"musteri{n}@example.com", random.Next(2) == 0 ? Gender.Female : Gender.Male, null,
                n % 3 == 0 ? $"C{n:D9}" : null, null, new Dictionary<string, string>(), []);
            return new Customer(draft, now.AddMinutes(-random.Next(0, 60 * 24 * 900)));
        }).ToList();
        if (twins is not null)
        {
            rows.AddRange(DuplicateScanBench.PlantTwins(rows, start, twins, now));
        }

        await new EntityCopy<Customer>(db, tenantId).WriteAsync(connection, rows);
        await new EntityCopy<CustomerSearchToken>(db, tenantId).WriteAsync(connection, rows.SelectMany(r => r.SearchTokens));
    }
}

static int Arg(string name, int fallback)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
