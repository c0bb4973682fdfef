using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Muhtar.Integrations.Webhooks;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.Integrations;

/// <summary>The test host's switch that lets webhooks reach the receiver on 127.0.0.1, and a short retry bound.</summary>
public sealed class WebhookSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => WebhookApps.LoopbackSettings;
}

public sealed class WebhookPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> ExtraSettings => WebhookApps.LoopbackSettings;
}

/// <summary>An app with production webhook settings whose DNS answers are the test's to choose.</summary>
public interface IFakeDnsApp
{
    ConcurrentDictionary<string, IPAddress[]> Dns { get; }
}

/// <summary>
/// Production settings (loopback forbidden) with a DNS server that lies: names in <see cref="Dns"/> resolve
/// to what the test says, as a rebinding attacker's DNS would.
/// </summary>
public sealed class WebhookDefaultSqliteApp : SqliteApp, IFakeDnsApp
{
    public ConcurrentDictionary<string, IPAddress[]> Dns { get; } = new(StringComparer.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IWebhookDnsResolver>(new FakeDns(Dns)));
    }
}

public sealed class WebhookDefaultPostgresApp : PostgresApp, IFakeDnsApp
{
    public ConcurrentDictionary<string, IPAddress[]> Dns { get; } = new(StringComparer.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IWebhookDnsResolver>(new FakeDns(Dns)));
    }
}

internal sealed class FakeDns(ConcurrentDictionary<string, IPAddress[]> names) : IWebhookDnsResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Task.FromResult(names.TryGetValue(host, out var addresses) ? addresses : []);
}

internal static class WebhookApps
{
    public const int MaxAttempts = 3;

    public static readonly Dictionary<string, string?> LoopbackSettings = new()
    {
        ["Webhooks:AllowLoopbackForTests"] = "true",
        ["Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Webhooks:FirstRetryDelay"] = "00:01:00",
    };

    /// <summary>Runs every due job (events, then the deliveries they queue) until none is left.</summary>
    public static async Task DrainJobsAsync(this MuhtarAppFactory app)
    {
        var worker = app.Services.GetServices<IHostedService>().OfType<JobWorker>().First();
        for (var round = 0; round < 50 && await worker.RunOnceAsync() > 0; round++)
        {
        }
    }
}
