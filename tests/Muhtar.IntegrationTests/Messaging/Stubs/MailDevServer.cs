using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Muhtar.IntegrationTests.Messaging.Stubs;

/// <summary>One e-mail as MailDev received it (the fields tests read).</summary>
public sealed record ReceivedEmail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("from")] IReadOnlyList<ReceivedAddress> From,
    [property: JsonPropertyName("to")] IReadOnlyList<ReceivedAddress> To,
    [property: JsonPropertyName("headers")] Dictionary<string, JsonElement> Headers)
{
    public string? Header(string name)
    {
        var found = Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        return found.Key is null ? null
            : found.Value.ValueKind == JsonValueKind.Array ? found.Value[0].GetString() : found.Value.GetString();
    }

    /// <summary>The Message-Id without angle brackets.</summary>
    public string? MessageId => Header("message-id")?.Trim().Trim('<', '>');
}

public sealed record ReceivedAddress([property: JsonPropertyName("address")] string Address, [property: JsonPropertyName("name")] string? Name);

/// <summary>
/// A real SMTP server for e-mail tests: MailDev 3 (npm), run with node from
/// tests/Muhtar.IntegrationTests/Messaging/Stubs/maildev (installed there with <c>npm ci</c> on first use), on free
/// ports of 127.0.0.1, accepting the log-in <see cref="User"/>/<see cref="Password"/>. One per test process
/// (<see cref="SharedAsync"/>); tests find their own mail by Message-Id or recipient, so they can run in parallel.
/// </summary>
public sealed class MailDevServer
{
    public const string User = "muhtar";
    public const string Password = "smtp-test-pass";

    private static readonly Lazy<Task<MailDevServer>> Shared = new(StartAsync);
    private readonly HttpClient _api;

    private MailDevServer(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    public string Host => "127.0.0.1";

    public int SmtpPort { get; }

    public static Task<MailDevServer> SharedAsync() => Shared.Value;

    public async Task<IReadOnlyList<ReceivedEmail>> AllAsync() =>
        await _api.GetFromJsonAsync<List<ReceivedEmail>>("api/email") ?? [];

    /// <summary>Waits (up to 15 s) for mail matching <paramref name="match"/>; empty when none came.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(Func<ReceivedEmail, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = (await AllAsync()).Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > until)
            {
                return found;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<MailDevServer> StartAsync()
    {
        var dir = Path.Combine(RepositoryRoot(), "tests", "Muhtar.IntegrationTests", "Messaging", "Stubs", "maildev");
        var entry = Path.Combine(dir, "node_modules", "maildev", "dist", "bin", "maildev.js");
        if (!File.Exists(entry))
        {
            await InstallAsync(dir);
        }

        var smtpPort = FreePort();
        var webPort = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     entry, "--smtp", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web",
                     webPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1",
                     "--incoming-user", User, "--incoming-pass", Password, "--silent",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started for MailDev");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        };

        var server = new MailDevServer(smtpPort, webPort);
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"MailDev exited with {process.ExitCode} before it listened");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, smtpPort);
                await server.AllAsync();
                return server;
            }
            catch (Exception e) when (e is SocketException or HttpRequestException && DateTime.UtcNow < until)
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task InstallAsync(string dir)
    {
        // Several test processes may start at once: one installs, the others wait for its lock.
        await using var gate = await LockAsync(Path.Combine(Path.GetTempPath(), "muhtar-maildev-install.lock"));
        if (File.Exists(Path.Combine(dir, "node_modules", "maildev", "dist", "bin", "maildev.js")))
        {
            return;
        }

        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started");
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci for MailDev failed ({npm.ExitCode}): {await output} {await error}");
        }
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(500);
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Muhtar.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Muhtar.slnx not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
