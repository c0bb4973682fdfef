using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>
/// One sending loop: every <see cref="OutboxOptions.PollInterval"/> it claims a batch of due messages and sends
/// them, draining while batches come back full, and now and then asks providers for missing delivery reports.
/// The timer runs on the injected TimeProvider; tests call <see cref="RunOnceAsync"/> directly. Any number of
/// workers, in one process or many, share the queue through the lease in <see cref="OutboxStore"/>.
/// </summary>
internal sealed class OutboxWorker(
    IServiceScopeFactory scopes, OutboxOptions options, bool enabled, TimeProvider time, ILogger<OutboxWorker> logger, string workerId)
    : BackgroundService
{
    private DateTime _nextReportPollAt = DateTime.MinValue;

    public string WorkerId { get; } = workerId;

    /// <summary>Claims one batch and sends it; returns how many messages were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ClaimedMessage> claims;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claims = await scope.ServiceProvider.GetRequiredService<OutboxStore>()
                .ClaimAsync(WorkerId, options.BatchSize, options.Lease, cancellationToken);
        }

        foreach (var group in claims.GroupBy(c => c.TenantId))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(group.Key, null, OutboxSender.Actor);
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendAsync(group.Key, group.ToList(), WorkerId, cancellationToken);
        }

        return claims.Count;
    }

    /// <summary>Asks providers that can be polled about sent messages still without a report, once per interval.</summary>
    public async Task<int> PollReportsIfDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now < _nextReportPollAt)
        {
            return 0;
        }

        _nextReportPollAt = now + options.ReportPollInterval;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeliveryReportPolling>().PollAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled)
        {
            return;
        }

        OutboxLog.WorkerStarted(logger, WorkerId, options.PollInterval);
        using var timer = new PeriodicTimer(options.PollInterval, time);
        try
        {
            do
            {
                await DrainAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: the loop ends here on purpose.
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await RunOnceAsync(stoppingToken) >= options.BatchSize)
            {
            }

            await PollReportsIfDueAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The database may be briefly unreachable; keep the worker alive and try on the next tick.
            OutboxLog.PollFailed(logger, ex, WorkerId);
        }
    }
}
