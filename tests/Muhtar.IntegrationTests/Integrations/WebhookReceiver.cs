using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Muhtar.IntegrationTests.Integrations;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, random port) standing in for a business's system: it keeps every
/// request it gets and answers with the status codes queued in <see cref="Answers"/> (200 when none is left).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    public ConcurrentQueue<int> Answers { get; } = new();

    /// <summary>Answered with this status once <see cref="Answers"/> is empty.</summary>
    public int DefaultAnswer { get; set; } = 200;

    public string Url { get; private set; } = "";

    public int Port { get; private set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Requests.Enqueue(new ReceivedWebhook(
                context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            context.Response.StatusCode = receiver.Answers.TryDequeue(out var status) ? status : receiver.DefaultAnswer;
            if (context.Response.StatusCode is >= 300 and < 400)
            {
                context.Response.Headers.Location = "/elsewhere";
            }

            await context.Response.WriteAsync(context.Response.StatusCode >= 400 ? "alıcı hatası" : "ok");
        });
        await app.StartAsync();
        var address = app.Urls.First();
        receiver.Port = new Uri(address).Port;
        receiver.Url = $"http://127.0.0.1:{receiver.Port}/hooks/muhtar";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
