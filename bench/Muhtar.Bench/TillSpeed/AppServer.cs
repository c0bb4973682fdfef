using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// The real server, src/Muhtar.Web, as its own process (its own GC and thread pool, as in production) on a
/// loopback port, built in the same configuration as the bench (the bench's project reference builds it).
/// Production environment, PostgreSQL, no demo data; the per-key rate limit is lifted so the load measures
/// the server rather than the limiter's refusals (the limiter itself still runs on every request).
/// Its console log goes to a file whose path is printed.
/// </summary>
internal sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppServer(Process process, StreamWriter log, Uri address, string logPath)
    {
        _process = process;
        _log = log;
        Address = address;
        LogPath = logPath;
    }

    public Uri Address { get; }

    public string LogPath { get; }

    /// <summary>CPU time the server process has used so far (all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<AppServer> StartAsync(string connectionString)
    {
        var dll = FindWebDll();
        var port = FreePort();
        var logPath = Path.Combine(Path.GetTempPath(), $"muhtar-bench-server-{port}.log");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Muhtar"] = connectionString;
        start.Environment["Demo__Seed"] = "false";
        start.Environment["RateLimiting__PermitsPerMinute"] = "100000000";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AppServer(process, log, new Uri($"http://127.0.0.1:{port}"), logPath);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}; see {LogPath}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time: it is still starting (migrations run first).
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The server did not answer /health within 5 minutes; see {LogPath}");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>src/Muhtar.Web/bin/&lt;configuration&gt;/net10.0/Muhtar.Web.dll next to this bench build.</summary>
    private static string FindWebDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Muhtar.slnx")))
        {
            root = root.Parent;
        }

        var dll = root is null ? null : Path.Combine(root.FullName, "src", "Muhtar.Web", "bin", configuration, framework, "Muhtar.Web.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"Muhtar.Web.dll not found (looked for {dll}); build bench/Muhtar.Bench with -c {configuration} first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
