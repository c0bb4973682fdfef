using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Npgsql;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// `--till`: the till speed benchmark of issue 5. Seeds a fresh PostgreSQL database, starts the real server
/// as its own process on a loopback port, and measures over real HTTP: lookups by phone on a fixed schedule
/// (open loop), the API's maximum lookup throughput against a raw Npgsql primary-key loop with the same
/// number of clients (closed loops), and receipts on a fixed schedule. Drops the database afterwards
/// unless `--keep`.
/// </summary>
internal static class TillBench
{
    public static async Task RunAsync(string[] args)
    {
        var options = TillBenchOptions.Parse(args);
        Console.WriteLine($"till bench {options}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {PhaseReport.LoadAverage()} at start");
        var database = new NpgsqlConnectionStringBuilder(options.Reuse is null
            ? await PostgresCluster.CreateDatabaseAsync()
            : Environment.GetEnvironmentVariable("MUHTAR_TEST_PG") ?? throw new InvalidOperationException("--reuse needs MUHTAR_TEST_PG, the server holding the database"))
        { MaxPoolSize = 100 };
        database.Database = options.Reuse ?? database.Database;
        var connectionString = database.ConnectionString;
        try
        {
            await RunAsync(options, connectionString);
        }
        finally
        {
            if (!options.Keep && options.Reuse is null)
            {
                await DropAsync(connectionString);
            }
            else
            {
                Console.WriteLine($"kept database {database.Database}: rerun the phases with --reuse {database.Database}");
            }
        }
    }

    private static async Task RunAsync(TillBenchOptions options, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Muhtar"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddMuhtarPlatform(configuration).AddAllModules().BuildServiceProvider();
        await using var model = await services.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        await model.Database.MigrateAsync();

        TillBenchTenant tenant;
        if (options.Reuse is null)
        {
            var clock = Stopwatch.StartNew();
            Console.WriteLine("seeding");
            tenant = await TillBenchData.SeedAsync(services, connectionString, options.Customers, options.Lines);
            Console.WriteLine($"seeded in {clock.Elapsed.TotalSeconds:F0} s; load average {PhaseReport.LoadAverage()}");
        }
        else
        {
            tenant = await TillBenchReader.LoadAsync(services, connectionString);
        }

        if (options.SeedOnly)
        {
            return;
        }

        await using var server = await AppServer.StartAsync(connectionString);
        Console.WriteLine($"server {server.Address} (log {server.LogPath})");
        using var client = CreateClient(server.Address, tenant.TillKey);
        var lookups = new LookupLoad(tenant, options.StandIn);
        await lookups.VerifyAsync(client);
        var report = new PhaseReport(server);
        var seconds = TimeSpan.FromSeconds(options.Seconds);

        var warmup = lookups.Paths((int)(options.LookupRate * options.WarmupSeconds), 1);
        await report.MeasureAsync(() => LoadGenerator.OpenLoopAsync("warm-up (not counted): lookup", options.LookupRate,
            TimeSpan.FromSeconds(options.WarmupSeconds), i => LookupLoad.GetAsync(client, warmup[i])));

        var paths = lookups.Paths((int)(options.LookupRate * options.Seconds), 2);
        await report.MeasureAsync(() => LoadGenerator.OpenLoopAsync("lookup by phone, open loop", options.LookupRate, seconds,
            i => LookupLoad.GetAsync(client, paths[i])));

        await SettleAsync(client, lookups.Path(0, 0));
        var maxDuration = TimeSpan.FromSeconds(options.MaxSeconds);
        var closed = lookups.Paths(1 << 20, 3);
        var api = await report.MeasureAsync(() => LoadGenerator.ClosedLoopAsync($"lookup by phone, {options.Clients} clients", options.Clients, maxDuration,
            (c, i) => LookupLoad.GetAsync(client, closed[((c * 7919) + i) & ((1 << 20) - 1)])));
        await SettleAsync(client, lookups.Path(0, 0));
        var raw = await report.MeasureAsync(() => lookups.RawAsync(model, connectionString, options.Clients, maxDuration));

        if (!options.SkipReceipts)
        {
            using var admin = CreateClient(server.Address, tenant.AdminKey);
            await SettleAsync(client, lookups.Path(0, 0));
            var receipts = await ReceiptLoad.PrepareAsync(client, admin, tenant, options);
            await report.MeasureAsync(() => LoadGenerator.OpenLoopAsync("receipt: 10 lines, 2 promotions, points; open loop",
                options.ReceiptRate, seconds, i => receipts.PostAsync(client, i)));
            await receipts.VerifyAsync(services, tenant);
        }

        report.Print();
        Console.WriteLine();
        Console.WriteLine($"API maximum lookup throughput / raw Npgsql primary-key throughput ({options.Clients} clients each): " +
            $"{api.AchievedRate:N0} / {raw.AchievedRate:N0} = {api.AchievedRate / raw.AchievedRate:F2} (goal ≥ 0.5)");
    }

    /// <summary>
    /// Waits (at most two minutes) until three lookups in a row answer within 100 ms: requests a client gave up on
    /// in an overloaded phase may still be running in the server and must not spill into the next phase.
    /// </summary>
    private static async Task SettleAsync(HttpClient client, string path)
    {
        var deadline = Stopwatch.StartNew();
        for (var fast = 0; fast < 3 && deadline.Elapsed < TimeSpan.FromMinutes(2);)
        {
            var started = Stopwatch.GetTimestamp();
            await LookupLoad.GetAsync(client, path);
            fast = Stopwatch.GetElapsedTime(started) < TimeSpan.FromMilliseconds(100) ? fast + 1 : 0;
            await Task.Delay(200);
        }

        Console.WriteLine($"  settled after {deadline.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Enough connections that the client never queues a due request behind a busy one.</summary>
    private static HttpClient CreateClient(Uri address, string key)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task DropAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database;
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        Console.WriteLine($"dropped database {name}");
    }
}
