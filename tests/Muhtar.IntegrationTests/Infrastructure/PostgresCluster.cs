using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Muhtar.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 server for the test run. test.sh starts one and passes it in
/// MUHTAR_TEST_PG; run alone (dotnet test), the first test that needs it starts its own with
/// initdb/pg_ctl on a free port and stops it when the process exits.
/// </summary>
public static class PostgresCluster
{
    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>A connection string to a new, empty database on the shared test server.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Server.Value;
        var name = "muhtar_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("MUHTAR_TEST_PG");
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        var dir = Path.Combine(Path.GetTempPath(), "muhtar-pg-" + Environment.ProcessId);
        var port = FreePort();
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"postgres {dir}");
        }

        await RunAsync("initdb", $"-D {dir}/data -A trust -U muhtar --no-sync", asRoot);
        await RunAsync("pg_ctl",
            $"-D {dir}/data -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -l {dir}/log -w start",
            asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAsync("pg_ctl", $"-D {dir}/data -m immediate stop", asRoot).GetAwaiter().GetResult();
            Directory.Delete(dir, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=muhtar;Database=postgres";
    }


    private static async Task RunAsync(string file, string arguments, bool asPostgresUser = false)
    {
        var start = asPostgresUser
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await stdout} {await stderr}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
