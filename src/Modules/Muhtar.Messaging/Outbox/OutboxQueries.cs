using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Outbox.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox;

/// <summary>Reads of the current business's messages, dead letters and their admin retry, and the sending rules.</summary>
internal sealed class OutboxQueries(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, TimeProvider time, IStringLocalizer<OutboxResource> text)
{
    public async Task<(List<OutboxMessage> Items, int Total)> ListAsync(
        Guid? customerId, MessageStatus? status, int skip, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.Set<OutboxMessage>().AsNoTracking();
        if (customerId is { } c)
        {
            rows = rows.Where(m => m.CustomerId == c);
        }

        if (status is { } s)
        {
            rows = rows.Where(m => m.Status == s);
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>Dead letters: messages that failed before a provider took them (retries ran out, or rejected).</summary>
    public async Task<(List<OutboxMessage> Items, int Total)> DeadLettersAsync(int skip, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Status == MessageStatus.Failed && m.SentAt == null);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(m => m.FailedAt).ThenByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public async Task<OutboxMessage?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<OutboxMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
    }

    /// <summary>
    /// An admin sends a dead letter again: queued now with a fresh set of attempts, same id (so same correlation
    /// id). Null when unknown; a RuleViolation (409) when it is not a dead letter.
    /// </summary>
    public async Task<OutboxMessage?> RetryAsync(Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var message = await db.Set<OutboxMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.Set<OutboxMessage>().Where(m => m.Id == id && m.Status == MessageStatus.Failed && m.SentAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MessageStatus.Queued)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.FailedAt, (DateTime?)null)
                .SetProperty(m => m.Reason, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
        if (rows != 1)
        {
            throw new RuleViolation("id", text["Problem.NotDeadLetter"], 409);
        }

        db.Publish(new MessageStatusChanged(message.Id, message.CustomerId, message.Channel, MessageStatus.Queued, message.DedupeKey, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await db.Set<OutboxMessage>().AsNoTracking().FirstAsync(m => m.Id == id, ct);
    }

    public async Task<(OutboxSettings Settings, string TimeZone)> SettingsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.Set<OutboxSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? OutboxSettings.Defaults(tenant.TenantId);
        var zone = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenant.TenantId).Select(t => t.TimeZone).FirstOrDefaultAsync(ct);
        return (settings, zone ?? "Europe/Istanbul");
    }

    public async Task SaveSettingsAsync(bool quietHours, TimeOnly start, TimeOnly end, int capCount, int capDays, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.Set<OutboxSettings>().FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new OutboxSettings(tenant.TenantId);
            db.Add(settings);
        }

        settings.QuietHoursEnabled = quietHours;
        settings.QuietStart = start;
        settings.QuietEnd = end;
        settings.CapCount = capCount;
        settings.CapDays = capDays;
        await db.SaveChangesAsync(ct);
    }
}
