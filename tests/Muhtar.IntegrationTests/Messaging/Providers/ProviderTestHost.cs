using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Providers;

/// <summary>
/// The providers as the app registers them (<c>AddMessagingProviders</c>), with a 1.5 s call timeout so timeout
/// tests are quick, and every log line captured so tests can check no phone or text leaks into logs.
/// </summary>
public sealed class ProviderTestHost : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    private readonly ServiceProvider _services;

    public ProviderTestHost()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Messaging:Providers:Timeout"] = Timeout.ToString() })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(LogLines)));
        services.AddMessagingProviders();
        _services = services.BuildServiceProvider();
    }

    public ConcurrentQueue<string> LogLines { get; } = new();

    internal IMessageProvider Provider(string key) => _services.GetServices<IMessageProvider>().Single(p => p.Key == key);

    internal IProviderWebhook Webhook(string key) => _services.GetServices<IProviderWebhook>().Single(p => p.ProviderKey == key);

    internal IDeliveryReportPoller Poller(string key) => _services.GetServices<IDeliveryReportPoller>().Single(p => p.ProviderKey == key);

    internal static ChannelConfig Config(MessageChannel channel, string provider, Dictionary<string, string> settings, string? webhookSecret = null) =>
        new(Guid.NewGuid(), channel, provider, settings, webhookSecret);

    /// <summary>A base URL nobody listens on: connection refused.</summary>
    public static string ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    public void Dispose() => _services.Dispose();

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
