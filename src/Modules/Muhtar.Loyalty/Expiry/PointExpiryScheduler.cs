using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Muhtar.Loyalty.Programme;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Expiry;

/// <summary>
/// Every hour (on the injected TimeProvider) makes sure each business with an expiring programme has today's
/// expiry job queued; the dedupe key "loyalty.expiry:{tenant}:{day}" makes repeats, restarts and several
/// instances queue it once a day. Off when the job workers are off ("Jobs:Enabled"): tests call
/// <see cref="ScheduleAsync"/> themselves after moving the fake clock.
/// </summary>
internal sealed partial class PointExpiryScheduler(
    IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<PointExpiryScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <returns>How many businesses got a job queued now (0 when all were queued already today).</returns>
    public async Task<int> ScheduleAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var day = DateOnly.FromDateTime(now);
        List<Guid> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync(cancellationToken);
            tenants = await db.Set<LoyaltyProgramme>().IgnoreQueryFilters([MuhtarDbContext.TenantFilter])
                .Where(p => p.ExpiryMonths != null).Select(p => p.TenantId).ToListAsync(cancellationToken);
        }

        var queued = 0;
        foreach (var tenantId in tenants)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "system:loyalty");
            var scheduler = scope.ServiceProvider.GetRequiredService<JobScheduler>();
            if (await scheduler.TryEnqueueAsync(new ExpirePointsTask(day), now, $"loyalty.expiry:{tenantId:N}:{day:yyyyMMdd}", cancellationToken: cancellationToken))
            {
                queued++;
            }
        }

        return queued;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                try
                {
                    await ScheduleAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be briefly unreachable; the next tick tries again.
                    ScheduleFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "Scheduling point expiry failed")]
    private static partial void ScheduleFailed(ILogger logger, Exception exception);
}
