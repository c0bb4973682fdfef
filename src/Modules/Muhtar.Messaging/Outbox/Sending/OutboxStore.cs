using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>A queued message a worker holds the lease of; names match the claim's column aliases.</summary>
internal sealed class ClaimedMessage
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    /// <summary>This try's number, starting at 1.</summary>
    public int Attempts { get; init; }
}

/// <summary>
/// The lease protocol over messaging_messages, in the style of the platform's job store. Claiming is one
/// statement (PostgreSQL skips rows another worker is locking; SQLite has one writer), and every later change
/// is guarded by the lease owner, so a worker whose lease was taken over cannot overwrite the new owner's
/// state. The handover to a provider is booked first (<see cref="BeginHandoverAsync"/>), then the answer
/// (<see cref="BookAnswerAsync"/>); a crash between the two leaves the message queued with
/// <see cref="OutboxMessage.HandedOverAt"/> set, and the next try reuses the correlation id.
/// </summary>
internal sealed class OutboxStore(IDbContextFactory<MuhtarDbContext> contexts, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Leases up to <paramref name="batchSize"/> due queued messages (of every business), oldest due first.</summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(string workerId, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = Now;
        var skipLocked = db.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE messaging_messages SET lease_owner = {0}, lease_until = {1}, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM messaging_messages
                WHERE status = 'Queued' AND next_attempt_at <= {2}
                  AND (lease_until IS NULL OR lease_until <= {2})
                ORDER BY next_attempt_at
                LIMIT {3}{{skipLocked}})
            RETURNING id AS "Id", tenant_id AS "TenantId", attempts AS "Attempts"
            """;
        return await db.Database.SqlQueryRaw<ClaimedMessage>(sql, workerId, now + lease, now, batchSize).ToListAsync(ct);
    }

    /// <summary>
    /// Books that the message is about to be handed to <paramref name="providerKey"/>: marks it in flight and
    /// counts the handover in the send ledger, in one transaction, only while <paramref name="workerId"/> still
    /// owns it and it is still queued (not cancelled meanwhile). False: do not call the provider.
    /// </summary>
    public async Task<bool> BeginHandoverAsync(MuhtarDbContext db, Guid messageId, string workerId, string providerKey, CancellationToken ct)
    {
        var now = Now;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await Owned(db, messageId, workerId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.HandedOverAt, now), ct);
        if (rows != 1)
        {
            return false;
        }

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO messaging_send_ledger (message_id, tenant_id, provider_key, handovers, first_handed_at, last_handed_at, last_worker, outcome, completed_at)
            SELECT id, tenant_id, {1}, 1, {2}, {2}, {3}, NULL, NULL FROM messaging_messages WHERE id = {0}
            ON CONFLICT (message_id) DO UPDATE SET handovers = messaging_send_ledger.handovers + 1,
                last_handed_at = excluded.last_handed_at, last_worker = excluded.last_worker,
                provider_key = excluded.provider_key, outcome = NULL, completed_at = NULL
            """,
            [messageId, providerKey, now, workerId], ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Books the provider's answer. Accepted and Duplicate make it Sent (Duplicate: a retry of a handover that
    /// went through); RetryLater schedules the next try with backoff, or fails it when attempts ran out;
    /// Rejected fails it at once. Publishes <see cref="MessageStatusChanged"/> on each move, in the same
    /// transaction. Returns the status the message moved to, or null when the lease was lost.
    /// </summary>
    public async Task<MessageStatus?> BookAnswerAsync(
        MuhtarDbContext db, OutboxMessage message, ClaimedMessage claim, string workerId, string to, string providerKey,
        ProviderSendResult result, CancellationToken ct)
    {
        var now = Now;
        var answer = Clip(result.Answer, OutboxMessage.MaxAnswerLength);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        MessageStatus? moved;
        switch (result.Outcome)
        {
            case ProviderSendOutcome.Accepted or ProviderSendOutcome.Duplicate:
                var providerId = result.ProviderMessageId;
                var sent = await Owned(db, message.Id, workerId).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, MessageStatus.Sent)
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.ProviderKey, providerKey)
                    .SetProperty(m => m.ProviderMessageId, m => providerId ?? m.ProviderMessageId)
                    .SetProperty(m => m.LastAnswer, answer)
                    .SetProperty(m => m.ToAddress, to)
                    .SetProperty(m => m.Reason, (string?)null)
                    .SetProperty(m => m.HandedOverAt, (DateTime?)null)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
                if (sent == 1)
                {
                    moved = MessageStatus.Sent;
                    break;
                }

                // A delivery report can beat our bookkeeping and move the message on already; keep its status.
                await db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.LeaseOwner == workerId).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.ProviderKey, providerKey)
                    .SetProperty(m => m.ProviderMessageId, m => providerId ?? m.ProviderMessageId)
                    .SetProperty(m => m.LastAnswer, answer)
                    .SetProperty(m => m.ToAddress, to)
                    .SetProperty(m => m.HandedOverAt, (DateTime?)null)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
                moved = null;
                break;
            case ProviderSendOutcome.RetryLater when claim.Attempts < message.MaxAttempts:
                var retryAt = now + OutboxBackoff.After(claim.Attempts, Random.Shared.NextDouble());
                var rescheduled = await Owned(db, message.Id, workerId).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.ProviderKey, providerKey)
                    .SetProperty(m => m.LastAnswer, answer)
                    .SetProperty(m => m.HandedOverAt, (DateTime?)null)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
                moved = rescheduled == 1 ? MessageStatus.Queued : null;
                break;
            default:
                var reason = result.Outcome == ProviderSendOutcome.Rejected ? BlockReasons.Rejected : BlockReasons.AttemptsExhausted;
                moved = await FailAsync(db, message.Id, workerId, reason, answer, providerKey, now, ct) ? MessageStatus.Failed : null;
                break;
        }

        if (moved is not null)
        {
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE messaging_send_ledger SET outcome = {1}, completed_at = {2} WHERE message_id = {0}",
                [message.Id, result.Outcome.ToString(), now], ct);
            if (moved != MessageStatus.Queued)
            {
                db.Publish(new MessageStatusChanged(message.Id, message.CustomerId, message.Channel, moved.Value, message.DedupeKey, now));
                await db.SaveChangesAsync(ct);
            }
        }

        await tx.CommitAsync(ct);
        return moved;
    }

    /// <summary>Never handed over: blocked at send time (consent, refusal, cap). Publishes the move.</summary>
    public async Task<bool> BlockAsync(MuhtarDbContext db, OutboxMessage message, string workerId, string reason, CancellationToken ct)
    {
        var now = Now;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await Owned(db, message.Id, workerId).Where(m => m.HandedOverAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MessageStatus.Blocked)
            .SetProperty(m => m.Reason, reason)
            .SetProperty(m => m.BlockedAt, now)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
        if (rows == 1)
        {
            db.Publish(new MessageStatusChanged(message.Id, message.CustomerId, message.Channel, MessageStatus.Blocked, message.DedupeKey, now));
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return rows == 1;
    }

    /// <summary>Could not be handed over this time (no channel set up, no address yet): counts as a failed try.</summary>
    public async Task<MessageStatus?> NotHandedAsync(MuhtarDbContext db, OutboxMessage message, ClaimedMessage claim, string workerId, string reason, CancellationToken ct)
    {
        var now = Now;
        if (claim.Attempts >= message.MaxAttempts)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var failed = await FailAsync(db, message.Id, workerId, reason, null, null, now, ct);
            if (failed)
            {
                db.Publish(new MessageStatusChanged(message.Id, message.CustomerId, message.Channel, MessageStatus.Failed, message.DedupeKey, now));
                await db.SaveChangesAsync(ct);
            }

            await tx.CommitAsync(ct);
            return failed ? MessageStatus.Failed : null;
        }

        var retryAt = now + OutboxBackoff.After(claim.Attempts, Random.Shared.NextDouble());
        var rows = await Owned(db, message.Id, workerId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.NextAttemptAt, retryAt)
            .SetProperty(m => m.Reason, reason)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
        return rows == 1 ? MessageStatus.Queued : null;
    }

    /// <summary>Quiet hours: give the message back, uncounted, due when the window opens.</summary>
    public async Task<bool> DeferAsync(MuhtarDbContext db, Guid messageId, string workerId, DateTime until, CancellationToken ct) =>
        await Owned(db, messageId, workerId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.NextAttemptAt, until)
            .SetProperty(m => m.Attempts, m => m.Attempts - 1)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct) == 1;

    /// <summary>Shutting down: give claimed messages back at once, uncounted, instead of after the lease.</summary>
    public async Task ReleaseAsync(IEnumerable<Guid> messageIds, string workerId, CancellationToken ct)
    {
        var ids = messageIds.ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<OutboxMessage>().IgnoreQueryFilters()
            .Where(m => ids.Contains(m.Id) && m.LeaseOwner == workerId && m.Status == MessageStatus.Queued && m.HandedOverAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, m => m.Attempts - 1)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
    }

    private static async Task<bool> FailAsync(
        MuhtarDbContext db, Guid messageId, string workerId, string reason, string? answer, string? providerKey, DateTime now, CancellationToken ct) =>
        await Owned(db, messageId, workerId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MessageStatus.Failed)
            .SetProperty(m => m.Reason, reason)
            .SetProperty(m => m.FailedAt, now)
            .SetProperty(m => m.LastAnswer, m => answer ?? m.LastAnswer)
            .SetProperty(m => m.ProviderKey, m => providerKey ?? m.ProviderKey)
            .SetProperty(m => m.HandedOverAt, (DateTime?)null)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct) == 1;

    /// <summary>The message while it is queued and leased by <paramref name="workerId"/>.</summary>
    private static IQueryable<OutboxMessage> Owned(MuhtarDbContext db, Guid messageId, string workerId) =>
        db.Set<OutboxMessage>().Where(m => m.Id == messageId && m.LeaseOwner == workerId && m.Status == MessageStatus.Queued);

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
