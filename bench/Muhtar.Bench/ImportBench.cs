using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers;
using Muhtar.Customers.Import;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Bench;

/// <summary>
/// `--import N`: writes an N-row Turkish CSV, uploads it (inspection pass), dry-runs and runs the import into
/// a fresh PostgreSQL database exactly as the job does (batches of 500, checkpoint per batch), and prints
/// rows per second and the process's peak working set.
/// </summary>
internal static class ImportBench
{
    public static async Task RunAsync(int rows)
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Muhtar"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddMuhtarPlatform(configuration).AddAllModules().BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            await db.Database.MigrateAsync();
        }

        var tenant = await services.GetRequiredService<TenantOnboarding>().CreateTenantAsync("Bench İçe Aktarma", "benchimport");
        var file = Path.Combine(Path.GetTempPath(), $"muhtar-bench-{rows}.csv");
        await WriteFileAsync(file, rows);
        await using var run = services.CreateAsyncScope();
        run.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, null, "bench");
        var imports = new LastImport(run.ServiceProvider.GetRequiredService<CustomerImportService>());
        var processor = run.ServiceProvider.GetRequiredService<ImportProcessor>();

        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0] : "?";
        var (upload, dryRun, runTime) = await ImportAsync(imports, processor, file);
        var done = (await imports.GetAsync(imports.LastId))!.Progress;
        var fileMb = new FileInfo(file).Length / (1024 * 1024.0);
        File.Delete(file);

        // The update path: a tenth as many rows again (at most 5,000), each matching a stored customer by phone and adding a tag.
        var updates = Math.Clamp(rows / 10, 1, 5_000);
        await WriteFileAsync(file, updates, tag: "kampanya");
        var (_, _, updateTime) = await ImportAsync(imports, processor, file);
        var updated = (await imports.GetAsync(imports.LastId))!.Progress;
        File.Delete(file);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {load} at start");
        Console.WriteLine($"| import of {rows:N0} CSV rows (PostgreSQL) | seconds | rows/s |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine($"| upload + inspection (parse whole file) | {upload.TotalSeconds:F1} | {rows / upload.TotalSeconds:N0} |");
        Console.WriteLine($"| dry run (parse, validate, match) | {dryRun.TotalSeconds:F1} | {rows / dryRun.TotalSeconds:N0} |");
        Console.WriteLine($"| run: new customers set-based (500-row transactions, checkpoint each) | {runTime.TotalSeconds:F1} | {rows / runTime.TotalSeconds:N0} |");
        Console.WriteLine($"| run: {updates:N0} rows updating stored customers (EF path) | {updateTime.TotalSeconds:F1} | {updates / updateTime.TotalSeconds:N0} |");
        Console.WriteLine($"created {done.Created:N0}, updated {done.Updated:N0}, merged {done.Merged:N0}, rejected {done.Rejected:N0}; " +
            $"update run: updated {updated.Updated:N0}, rejected {updated.Rejected:N0}; " +
            $"file {fileMb:F1} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    /// <summary>Upload (inspection), dry run and run of one file, timed; the workers' job slices are run one after another.</summary>
    private static async Task<(TimeSpan Upload, TimeSpan DryRun, TimeSpan Run)> ImportAsync(LastImport imports, ImportProcessor processor, string file)
    {
        var clock = Stopwatch.StartNew();
        await using (var stream = File.OpenRead(file))
        {
            await imports.UploadAsync(stream, Path.GetFileName(file));
        }

        var upload = clock.Elapsed;
        clock.Restart();
        await imports.Service.StartDryRunAsync(imports.LastId);
        await processor.DryRunAsync(imports.LastId, CancellationToken.None);
        var dryRun = clock.Elapsed;
        clock.Restart();
        await imports.Service.StartRunAsync(imports.LastId);
        while ((await imports.GetAsync(imports.LastId))!.Status == "running")
        {
            // Each call is one job slice (about a minute); the real workers chain them through the queue.
            await processor.RunAsync(imports.LastId, CancellationToken.None);
        }

        return (upload, dryRun, clock.Elapsed);
    }

    private sealed class LastImport(CustomerImportService service)
    {
        public CustomerImportService Service => service;

        public Guid LastId { get; private set; }

        public async Task UploadAsync(Stream stream, string name) => LastId = (await service.UploadAsync(stream, name, null, null)).Id;

        public Task<ImportResponse?> GetAsync(Guid id) => service.GetAsync(id);
    }

    private static async Task WriteFileAsync(string path, int rows, string tag = "müdavim")
    {
        string[] first = ["AHMET", "Ayşe", "mehmet", "FATMA", "İsmail", "Işık", "Çağrı", "Şule", "Gökhan", "Özlem"];
        string[] last = ["YILMAZ", "Kaya", "demir", "ŞAHİN", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"];
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("Ad;Soyad;Cep Telefonu;E-posta;Doğum tarihi;Etiketler");
        for (var i = 1; i <= rows; i++)
        {
            var n = i % 100 == 0 ? i - 50 : i; // 1 % repeats an earlier row (merged)
            await writer.WriteLineAsync(
                $"{first[n % 10]};{last[n / 10 % 10]};0532 {n / 10000 % 1000:D3} {n / 100 % 100:D2} {n % 100:D2};kisi{n}@ornek.com;{1 + (n % 28):D2}.{1 + (n % 12):D2}.{1950 + (n % 50)};{tag}");
        }
    }
}
