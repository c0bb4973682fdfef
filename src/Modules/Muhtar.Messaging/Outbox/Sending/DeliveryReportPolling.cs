using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>
/// For providers that answer "what happened to these?" (<see cref="IDeliveryReportPoller"/>): messages sent
/// more than <see cref="OutboxOptions.PollReportsAfter"/> ago and still without a report are asked about, per
/// business and channel, and the answers go through the same <see cref="IDeliveryReportSink"/> as pushed ones.
/// </summary>
internal sealed class DeliveryReportPolling(
    IServiceScopeFactory scopes, IDbContextFactory<MuhtarDbContext> contexts, IEnumerable<IDeliveryReportPoller> pollers,
    IDeliveryReportSink sink, OutboxOptions options, TimeProvider time, ILogger<DeliveryReportPolling> logger)
{
    public const int BatchSize = 200;

    /// <returns>How many messages moved.</returns>
    public async Task<int> PollAsync(CancellationToken ct)
    {
        var byKey = pollers.ToDictionary(p => p.ProviderKey);
        if (byKey.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var sentBefore = now - options.PollReportsAfter;
        var notBefore = now - options.PollReportsFor;
        var askedBefore = now - options.ReportPollInterval;
        var keys = byKey.Keys.ToList();
        List<(Guid Tenant, MessageChannel Channel, string Provider)> groups;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            groups = (await db.Set<OutboxMessage>().IgnoreQueryFilters()
                    .Where(m => m.Status == MessageStatus.Sent && m.SentAt <= sentBefore && m.SentAt >= notBefore
                        && m.ProviderKey != null && keys.Contains(m.ProviderKey) && (m.PolledAt == null || m.PolledAt <= askedBefore))
                    .Select(m => new { m.TenantId, m.Channel, m.ProviderKey })
                    .Distinct()
                    .ToListAsync(ct))
                .Select(g => (g.TenantId, g.Channel, g.ProviderKey!))
                .ToList();
        }

        var moved = 0;
        foreach (var (tenant, channel, provider) in groups)
        {
            try
            {
                moved += await PollGroupAsync(tenant, channel, byKey[provider], sentBefore, notBefore, askedBefore, now, ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException or DbUpdateException or InvalidOperationException)
            {
                // One business's gateway being down must not stop the others; the next round asks again.
                OutboxLog.ReportPollFailed(logger, ex, provider, tenant);
            }
        }

        return moved;
    }

    private async Task<int> PollGroupAsync(
        Guid tenant, MessageChannel channel, IDeliveryReportPoller poller, DateTime sentBefore, DateTime notBefore, DateTime askedBefore, DateTime now,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, null, OutboxSender.Actor);
        var config = scope.ServiceProvider.GetService<IChannelConfigReader>() is { } reader ? await reader.GetAsync(channel, ct) : null;
        if (config is null || config.ProviderKey != poller.ProviderKey)
        {
            return 0;
        }

        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync(ct);
        var waiting = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Channel == channel && m.Status == MessageStatus.Sent && m.SentAt <= sentBefore && m.SentAt >= notBefore
                && m.ProviderKey == poller.ProviderKey && (m.PolledAt == null || m.PolledAt <= askedBefore))
            .OrderBy(m => m.SentAt).Take(BatchSize)
            .Select(m => new { m.Id, m.ProviderMessageId })
            .ToListAsync(ct);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var reports = await poller.PollAsync(config, waiting.Select(w => (w.Id, w.ProviderMessageId)).ToList(), ct);
        var ids = waiting.Select(w => w.Id).ToList();
        await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.PolledAt, now), ct);
        var moved = 0;
        foreach (var report in reports)
        {
            if (await sink.ApplyAsync(config, report, ct))
            {
                moved++;
            }
        }

        return moved;
    }
}
