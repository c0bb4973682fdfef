using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;
using Muhtar.Messaging.Outbox.Api;
using Muhtar.Messaging.Outbox.Integration;
using Muhtar.Messaging.Outbox.Pages;
using Muhtar.Messaging.Outbox.Sending;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Outbox;

internal static class OutboxRegistration
{
    public static IServiceCollection AddMessagingOutbox(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetService<IConfiguration>()?.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions());
        services.AddScoped<MessageOutbox>();
        services.AddScoped<IMessageOutbox>(sp => sp.GetRequiredService<MessageOutbox>());
        services.AddScoped<OutboxStore>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<OutboxQueries>();
        services.AddScoped<DeliveryReportPolling>();
        services.AddSingleton<IDeliveryReportSink, DeliveryReportSink>();
        services.AddSingleton<OutboxWorkers>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<OutboxWorkers>());
        services.AddScoped<ITimelineSource, MessageTimelineSource>();
        services.AddScoped<IPersonalDataHolder, MessagePersonalData>();
        services.AddScoped<ICustomerMergeParticipant, MessageMergeParticipant>();
        services.AddSingleton(new CustomerPagePanel(typeof(MessagesPanel), 200));
        return services;
    }

    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapMessageEndpoints();
}

/// <summary>
/// The sending workers of this process (<c>Messaging:Outbox:Workers</c>; 1 on SQLite, 2 on PostgreSQL), started and
/// stopped with the host. Polling is on unless <c>Messaging:Outbox:Enabled</c> (or else <c>Jobs:Enabled</c>) is false.
/// </summary>
internal sealed class OutboxWorkers : IHostedService
{
    public OutboxWorkers(IServiceProvider services, OutboxOptions options, DatabaseOptions database, TimeProvider time, ILoggerFactory loggers)
    {
        var configuration = services.GetService<IConfiguration>();
        var enabled = options.Enabled ?? configuration?.GetValue<bool?>("Jobs:Enabled") ?? true;
        var count = options.Workers ?? (database.Provider == DatabaseProvider.Postgres ? 2 : 1);
        var baseId = options.WorkerId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var logger = loggers.CreateLogger<OutboxWorker>();
        Workers = Enumerable.Range(1, Math.Max(1, count))
            .Select(i => new OutboxWorker(scopes, options, enabled, time, logger, count <= 1 ? "outbox:" + baseId : $"outbox:{baseId}/{i}"))
            .ToList();
    }

    public IReadOnlyList<OutboxWorker> Workers { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var worker in Workers)
        {
            await worker.StartAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var worker in Workers)
        {
            await worker.StopAsync(cancellationToken);
        }
    }
}
