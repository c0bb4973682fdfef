using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox;
using Muhtar.Messaging.Outbox.Sending;
using Muhtar.Messaging.Providers;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Web.Hosting;

namespace Muhtar.IntegrationTests.Messaging.Outbox.Support;

/// <summary>
/// One "app instance" registered the way the app registers itself (platform and every module), with its own
/// singletons and its own outbox worker, over a database, a fake clock and a stub gateway all instances of a
/// test share. Only the gateway and the channel set-up are test doubles.
/// </summary>
internal sealed class OutboxInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public OutboxInstance(DatabaseProvider provider, string connectionString, FakeTimeProvider clock, StubGateway gateway, string workerId, bool crashAfterSend = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Muhtar"] = connectionString,
                ["Jobs:Enabled"] = "false",
                ["Jobs:Workers"] = "1",
                ["Messaging:Outbox:Workers"] = "1",
                ["Messaging:Outbox:WorkerId"] = workerId,
                ["Messaging:Outbox:BatchSize"] = "100",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging();
        services.AddMuhtarPlatform(configuration);
        services.AddMuhtarModules();
        services.RemoveAll<IChannelConfigReader>();
        services.AddScoped<IChannelConfigReader, StubChannelConfigReader>();
        foreach (var channel in new[] { MessageChannel.Sms, MessageChannel.Email })
        {
            services.AddSingleton<IMessageProvider>(crashAfterSend
                ? new CrashAfterSendProvider(gateway, channel)
                : new StubProvider(gateway, channel));
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Worker = _services.GetRequiredService<OutboxWorkers>().Workers.Single();
    }

    public OutboxWorker Worker { get; }

    public AsyncServiceScope Scope(Guid? tenantId = null)
    {
        var scope = _services.CreateAsyncScope();
        if (tenantId is { } id)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(id, null, "test");
        }

        return scope;
    }

    public static MuhtarDbContext Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContext();

    public async Task MigrateAsync()
    {
        await using var scope = Scope();
        await using var db = Db(scope);
        await db.Database.MigrateAsync();
    }

    /// <summary>Runs batches until none is left; bounded so a bug cannot hang the test run.</summary>
    public async Task<int> DrainAsync(int maxRounds = 10_000)
    {
        var total = 0;
        for (var round = 0; round < maxRounds; round++)
        {
            var n = await Worker.RunOnceAsync();
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    public async Task<T> WithAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Scope(tenantId);
        return await action(scope.ServiceProvider);
    }

    public Task<QueuedMessage> QueueAsync(Guid tenantId, OutgoingMessage message) =>
        WithAsync(tenantId, sp => sp.GetRequiredService<IMessageOutbox>().QueueAsync(message));

    public IDeliveryReportSink Sink => _services.GetRequiredService<IDeliveryReportSink>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
