using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Runs;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Triggers;

/// <summary>
/// Once a minute (on the injected TimeProvider) scans every business that has date or schedule rules, and
/// carries on runs whose worker died. Off when the job workers are off ("Jobs:Enabled": tests call
/// <see cref="ScanAsync"/> themselves after moving the fake clock). Safe with several instances: runs are unique.
/// </summary>
internal sealed partial class AutomationScanner(
    IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<AutomationScanner> logger) : BackgroundService
{
    public const string Actor = "system:automation";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Scans every business at the clock's current instant.</summary>
    public async Task ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync(cancellationToken);
            var staleBefore = now - RunEngine.StaleAfter;
            var scheduled = db.Set<AutomationRule>().IgnoreQueryFilters([MuhtarDbContext.TenantFilter])
                .Where(r => r.IsEnabled && r.TriggerKind != TriggerKind.Event && r.ScannedUntil < now).Select(r => r.TenantId);
            var stale = db.Set<AutomationRun>().IgnoreQueryFilters([MuhtarDbContext.TenantFilter])
                .Where(r => r.Status == RunStatus.Running && r.TouchedAt < staleBefore).Select(r => r.TenantId);
            tenants = await scheduled.Union(stale).Distinct().ToListAsync(cancellationToken);
        }

        foreach (var tenantId in tenants)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, Actor);
                var scanner = scope.ServiceProvider.GetRequiredService<RuleScanner>();
                await scanner.ScanAsync(now, cancellationToken);
                await scanner.RecoverStaleAsync(now, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One business's trouble must not stop the others' rules; the next scan tries again.
                ScanFailed(logger, ex, tenantId);
            }
        }
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
                    await ScanAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be briefly unreachable; the next tick tries again.
                    ScanFailed(logger, ex, Guid.Empty);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Automation scan failed for tenant {TenantId}")]
    private static partial void ScanFailed(ILogger logger, Exception exception, Guid tenantId);
}
