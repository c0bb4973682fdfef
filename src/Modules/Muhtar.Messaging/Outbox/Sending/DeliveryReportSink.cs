using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>
/// Applies delivery reports (pushed by webhooks or polled). Status only moves forward — Sent, Delivered, Read —
/// and Failed only before delivery; a replayed, late or out-of-order report changes nothing. Each move is one
/// guarded update (the status it was read with), so two reports racing cannot both move it.
/// </summary>
internal sealed class DeliveryReportSink(IServiceScopeFactory scopes, TimeProvider time) : IDeliveryReportSink
{
    public async Task<bool> ApplyAsync(ChannelConfig channel, DeliveryReport report, CancellationToken cancellationToken = default)
    {
        if (report.Status is not (MessageStatus.Sent or MessageStatus.Delivered or MessageStatus.Read or MessageStatus.Failed))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(channel.TenantId, null, OutboxSender.Actor);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync(cancellationToken);

        for (var round = 0; round < 3; round++)
        {
            var message = await FindAsync(db, channel, report, cancellationToken);
            if (message is null || !Moves(message, report.Status))
            {
                return false;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var at = report.At is { } reported ? DateTime.SpecifyKind(reported.ToUniversalTime(), DateTimeKind.Utc) : now;
            var status = message.Status;
            var target = report.Status;
            var error = report.Error is { Length: > OutboxMessage.MaxAnswerLength } e ? e[..OutboxMessage.MaxAnswerLength] : report.Error;
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var guarded = db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.Status == status);
            var rows = target switch
            {
                MessageStatus.Sent => await guarded.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, target).SetProperty(m => m.SentAt, m => m.SentAt ?? at), cancellationToken),
                MessageStatus.Delivered => await guarded.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, target).SetProperty(m => m.SentAt, m => m.SentAt ?? at)
                    .SetProperty(m => m.DeliveredAt, at), cancellationToken),
                MessageStatus.Read => await guarded.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, target).SetProperty(m => m.SentAt, m => m.SentAt ?? at)
                    .SetProperty(m => m.DeliveredAt, m => m.DeliveredAt ?? at).SetProperty(m => m.ReadAt, at), cancellationToken),
                _ => await guarded.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, target).SetProperty(m => m.FailedAt, at)
                    .SetProperty(m => m.Reason, BlockReasons.ProviderReported)
                    .SetProperty(m => m.LastAnswer, m => error ?? m.LastAnswer), cancellationToken),
            };
            if (rows == 1)
            {
                db.Publish(new MessageStatusChanged(message.Id, message.CustomerId, message.Channel, target, message.DedupeKey, now));
                await db.SaveChangesAsync(cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return true;
            }

            // Another report moved it meanwhile: look again.
            await tx.RollbackAsync(cancellationToken);
        }

        return false;
    }

    /// <summary>Forward only. Failed is accepted before delivery only; a queued message only once handed over.</summary>
    internal static bool Moves(OutboxMessage message, MessageStatus target)
    {
        var current = message.Status;
        if (current == MessageStatus.Queued && message.HandedOverAt is null)
        {
            return false;
        }

        return (current, target) switch
        {
            (MessageStatus.Queued or MessageStatus.Sent, MessageStatus.Failed) => true,
            (MessageStatus.Queued or MessageStatus.Sent or MessageStatus.Delivered, _) => Rank(target) > Rank(current),
            _ => false,
        };
    }

    private static int Rank(MessageStatus status) => status switch
    {
        MessageStatus.Queued => 0,
        MessageStatus.Sent => 1,
        MessageStatus.Delivered => 2,
        MessageStatus.Read => 3,
        _ => -1,
    };

    private static Task<OutboxMessage?> FindAsync(MuhtarDbContext db, ChannelConfig channel, DeliveryReport report, CancellationToken ct)
    {
        var rows = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.TenantId == channel.TenantId && m.Channel == channel.Channel);
        if (report.CorrelationId is { } id)
        {
            return rows.FirstOrDefaultAsync(m => m.Id == id, ct);
        }

        return string.IsNullOrEmpty(report.ProviderMessageId)
            ? Task.FromResult<OutboxMessage?>(null)
            : rows.FirstOrDefaultAsync(m => m.ProviderMessageId == report.ProviderMessageId, ct);
    }
}
