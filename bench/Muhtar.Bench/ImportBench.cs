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
        var imports = run.ServiceProvider.GetRequiredService<CustomerImportService>();
        var processor = run.ServiceProvider.GetRequiredService<ImportProcessor>();

        var clock = Stopwatch.StartNew();
        ImportResponse import;
        await using (var stream = File.OpenRead(file))
        {
            import = await imports.UploadAsync(stream, Path.GetFileName(file), null, null);
        }

        var upload = clock.Elapsed;
        clock.Restart();
        await imports.StartDryRunAsync(import.Id);
        await processor.DryRunAsync(import.Id, CancellationToken.None);
        var dryRun = clock.Elapsed;
        clock.Restart();
        await imports.StartRunAsync(import.Id);
        while ((await imports.GetAsync(import.Id))!.Status == "running")
        {
            // Each call is one job slice (about a minute); the real workers chain them through the queue.
            await processor.RunAsync(import.Id, CancellationToken.None);
        }

        var runTime = clock.Elapsed;
        var done = (await imports.GetAsync(import.Id))!.Progress;
        Console.WriteLine($"| import of {rows:N0} CSV rows (PostgreSQL) | seconds | rows/s |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine($"| upload + inspection (parse whole file) | {upload.TotalSeconds:F1} | {rows / upload.TotalSeconds:N0} |");
        Console.WriteLine($"| dry run (parse, validate, match) | {dryRun.TotalSeconds:F1} | {rows / dryRun.TotalSeconds:N0} |");
        Console.WriteLine($"| run (500-row transactions, checkpoint each) | {runTime.TotalSeconds:F1} | {rows / runTime.TotalSeconds:N0} |");
        Console.WriteLine($"created {done.Created:N0}, updated {done.Updated:N0}, merged {done.Merged:N0}, rejected {done.Rejected:N0}; " +
            $"file {new FileInfo(file).Length / (1024 * 1024.0):F1} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        File.Delete(file);
    }

    private static async Task WriteFileAsync(string path, int rows)
    {
        string[] first = ["AHMET", "Ayşe", "mehmet", "FATMA", "İsmail", "Işık", "Çağrı", "Şule", "Gökhan", "Özlem"];
        string[] last = ["YILMAZ", "Kaya", "demir", "ŞAHİN", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"];
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("Ad;Soyad;Cep Telefonu;E-posta;Doğum tarihi;Etiketler");
        for (var i = 1; i <= rows; i++)
        {
            var n = i % 100 == 0 ? i - 50 : i; // 1 % repeats an earlier row (merged)
            await writer.WriteLineAsync(
                $"{first[n % 10]};{last[n / 10 % 10]};0532 {n / 10000 % 1000:D3} {n / 100 % 100:D2} {n % 100:D2};kisi{n}@ornek.com;{1 + (n % 28):D2}.{1 + (n % 12):D2}.{1950 + (n % 50)};müdavim");
        }
    }
}
