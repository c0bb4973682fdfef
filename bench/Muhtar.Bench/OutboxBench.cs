using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Messaging;
using Muhtar.Customers.Customers;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Outbox.Sending;
using Muhtar.Messaging.Providers;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Bench;

/// <summary>
/// `--outbox N`: N due SMS reminders (to N/100 customers) in a fresh PostgreSQL database, sent by two app
/// instances (separate service providers, one worker each, batches of 100) to an in-process stub gateway that
/// answers at once; prints messages handed over per second and checks each went out exactly once.
/// </summary>
internal static class OutboxBench
{
    public static async Task RunAsync(int count, int instanceCount)
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync();
        var gateway = new BenchGateway();
        var instances = Enumerable.Range(1, instanceCount).Select(i => Build(connectionString, gateway, $"bench-{i}")).ToList();
        var first = instances[0];
        await using (var scope = first.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            await db.Database.MigrateAsync();
        }

        var tenant = await first.GetRequiredService<TenantOnboarding>().CreateTenantAsync("Bench Mesaj", "benchoutbox");
        var customerCount = Math.Max(1, count / 100);
        var customers = new List<Guid>();
        await using (var scope = first.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, null, "bench");
            var service = scope.ServiceProvider.GetRequiredService<CustomerService>();
            for (var i = 0; i < customerCount; i++)
            {
                customers.Add((await service.CreateAsync(new CustomerRequest(FirstName: "Ali", LastName: $"Kaya {i}", Phone: $"+90533{1000000 + i:D7}"))).Id);
            }
        }

        var now = DateTime.UtcNow;
        await using (var scope = first.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, null, "bench");
            for (var start = 0; start < count; start += 5000)
            {
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
                for (var n = start; n < Math.Min(count, start + 5000); n++)
                {
                    db.Add(new OutboxMessage(customers[n % customerCount], MessageChannel.Sms, MessagePurpose.Transactional, $"bench:{n}",
                        null, $"Hatırlatma {n}", null, null, null, now.AddSeconds(-1), "bench", now));
                }

                await db.SaveChangesAsync();
            }
        }

        var workers = instances.Select(i => i.GetRequiredService<OutboxWorkers>().Workers.Single()).ToList();
        var clock = Stopwatch.StartNew();
        var claimed = await Task.WhenAll(workers.Select(w => Task.Run(async () =>
        {
            var total = 0;
            int n;
            while ((n = await w.RunOnceAsync()) > 0)
            {
                total += n;
            }

            return total;
        })));
        clock.Stop();

        var once = gateway.Requests.Count == count && gateway.Requests.Values.All(v => v == 1);
        Console.WriteLine($"Outbox: {count:N0} messages, {instanceCount} instances (claimed {string.Join(" + ", claimed)}), "
            + $"{clock.Elapsed.TotalSeconds:F1} s, {count / clock.Elapsed.TotalSeconds:F0} messages/s handed to the gateway; "
            + $"each exactly once: {once}");
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
    }

    private static ServiceProvider Build(string connectionString, BenchGateway gateway, string workerId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Muhtar"] = connectionString,
            ["Jobs:Enabled"] = "false",
            ["Messaging:Outbox:Workers"] = "1",
            ["Messaging:Outbox:WorkerId"] = workerId,
            ["Messaging:Outbox:BatchSize"] = "100",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddMuhtarPlatform(configuration).AddAllModules();
        services.RemoveAll<IChannelConfigReader>();
        services.AddScoped<IChannelConfigReader, BenchChannels>();
        services.AddSingleton<IMessageProvider>(gateway);
        return services.BuildServiceProvider();
    }

    private sealed class BenchGateway : IMessageProvider
    {
        public ConcurrentDictionary<Guid, int> Requests { get; } = new();

        public string Key => "bench";

        public MessageChannel Channel => MessageChannel.Sms;

        // It answers a repeated correlation id as a duplicate, as İleti Merkezi does.
        public bool RecognisesRepeatedSends => true;

        public Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken)
        {
            var n = Requests.AddOrUpdate(message.CorrelationId, 1, (_, c) => c + 1);
            return Task.FromResult(new ProviderSendResult(n == 1 ? ProviderSendOutcome.Accepted : ProviderSendOutcome.Duplicate, message.CorrelationId.ToString("N"), "00"));
        }
    }

    private sealed class BenchChannels(ITenantContext tenant) : IChannelConfigReader
    {
        public Task<ChannelConfig?> GetAsync(MessageChannel channel, CancellationToken cancellationToken = default) =>
            Task.FromResult<ChannelConfig?>(new ChannelConfig(tenant.TenantId, channel, "bench", new Dictionary<string, string>(), null));
    }
}
