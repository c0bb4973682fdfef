using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Muhtar.IntegrationTests.Messaging.Stubs;

/// <summary>One request the stub received, as it came over the wire.</summary>
public sealed record StubRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTime At)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>How the stub answers one request.</summary>
/// <param name="Delay">Wait this long before answering (longer than the provider timeout = a timeout).</param>
/// <param name="Abort">Drop the connection without an answer.</param>
public sealed record StubReply(int Status, string Body = "", string ContentType = "application/json", TimeSpan? Delay = null, bool Abort = false)
{
    public static StubReply Json(string body, int status = 200) => new(status, body);

    public static StubReply Text(string body, int status = 200) => new(status, body, "text/plain; charset=utf-8");

    public static StubReply ServerError() => new(503, "Service Unavailable", "text/plain");

    public static StubReply TooManyRequests() => new(429, "Too Many Requests", "text/plain");

    /// <summary>Answers only after <paramref name="delay"/>: set the provider timeout shorter to see a timeout.</summary>
    public static StubReply Hang(TimeSpan? delay = null) => new(200, "", "text/plain", delay ?? TimeSpan.FromSeconds(30));

    public static StubReply DropConnection() => new(0, Abort: true);
}

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) standing in for a provider's API in tests. It records
/// every request and answers from, in order: replies queued for that path (<see cref="Enqueue"/>, used once
/// each), the reply set for that path (<see cref="Set"/>), or the provider's documented success answer
/// (<see cref="ProviderReplies.DefaultFor"/>): so with no set-up it behaves like a working gateway.
/// Point a channel at it with the provider's base URL setting = <see cref="BaseUrl"/>.
/// Paths are matched exactly, or by prefix when the key ends with "*" ("/v23.0/*").
/// </summary>
public sealed class StubHttpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<StubReply>> _queued = new();
    private readonly ConcurrentDictionary<string, StubReply> _set = new();
    private readonly WebApplication _app;
    private long _counter;

    private StubHttpServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:PORT", no trailing slash.</summary>
    public string BaseUrl { get; }

    public IReadOnlyList<StubRequest> Requests => _requests.ToArray();

    /// <summary>A number that grows with every request, for ids in default answers.</summary>
    public long NextId() => Interlocked.Increment(ref _counter);

    public static async Task<StubHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StubHttpServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new StubHttpServer(app, address.Replace("[::1]", "127.0.0.1").TrimEnd('/'));
        return server;
    }

    /// <summary>Answer the next request to <paramref name="path"/> with <paramref name="reply"/> (once per call).</summary>
    public StubHttpServer Enqueue(string path, params StubReply[] replies)
    {
        var queue = _queued.GetOrAdd(path, _ => new ConcurrentQueue<StubReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }

        return this;
    }

    /// <summary>Answer every request to <paramref name="path"/> with <paramref name="reply"/> until changed.</summary>
    public StubHttpServer Set(string path, StubReply reply)
    {
        _set[path] = reply;
        return this;
    }

    /// <summary>Forget set and queued replies (recorded requests stay).</summary>
    public void ResetReplies()
    {
        _queued.Clear();
        _set.Clear();
    }

    public IReadOnlyList<StubRequest> RequestsTo(string path) => _requests.Where(r => r.Path == path).ToList();

    /// <summary>Waits until <paramref name="count"/> requests matching <paramref name="match"/> arrived (for sends made in the background).</summary>
    public async Task<IReadOnlyList<StubRequest>> WaitForAsync(Func<StubRequest, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _requests.Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > until)
            {
                return found;
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var request = new StubRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            buffer.ToArray(),
            DateTime.UtcNow);
        _requests.Enqueue(request);

        var reply = Choose(request);
        if (reply.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up, as a timeout test wants
            }
        }

        if (reply.Abort)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    private StubReply Choose(StubRequest request)
    {
        foreach (var (key, queue) in _queued)
        {
            if (Matches(key, request.Path) && queue.TryDequeue(out var once))
            {
                return once;
            }
        }

        foreach (var (key, reply) in _set)
        {
            if (Matches(key, request.Path))
            {
                return reply;
            }
        }

        return ProviderReplies.DefaultFor(request, NextId());
    }

    private static bool Matches(string key, string path) =>
        key.EndsWith('*') ? path.StartsWith(key[..^1], StringComparison.Ordinal) : path == key;
}
