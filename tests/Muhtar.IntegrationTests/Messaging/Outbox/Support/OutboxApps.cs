using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Outbox.Support;

/// <summary>The real app over HTTP with SMS and e-mail set up on the stub gateway; tests run the outbox worker by hand.</summary>
internal static class OutboxAppSetup
{
    public static void Configure(IWebHostBuilder builder, StubGateway gateway) =>
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IChannelConfigReader>();
            services.AddScoped<IChannelConfigReader, StubChannelConfigReader>();
            services.AddSingleton(gateway);
            services.AddSingleton<IMessageProvider>(new StubProvider(gateway, MessageChannel.Sms));
            services.AddSingleton<IMessageProvider>(new StubProvider(gateway, MessageChannel.Email));
        });

    /// <summary>Runs the app's outbox worker until nothing is due.</summary>
    public static async Task<int> SendDueAsync(IServiceProvider services)
    {
        var total = 0;
        var worker = services.GetRequiredService<OutboxWorkers>().Workers[0];
        for (var i = 0; i < 100; i++)
        {
            var n = await worker.RunOnceAsync();
            total += n;
            if (n == 0)
            {
                break;
            }
        }

        return total;
    }
}

public sealed class OutboxSqliteApp : SqliteApp
{
    internal StubGateway Gateway { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        OutboxAppSetup.Configure(builder, Gateway);
    }
}

public sealed class OutboxPostgresApp : PostgresApp
{
    internal StubGateway Gateway { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        OutboxAppSetup.Configure(builder, Gateway);
    }
}
