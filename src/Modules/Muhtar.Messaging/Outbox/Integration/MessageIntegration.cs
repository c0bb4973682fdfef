using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;
using Muhtar.Messaging.Outbox.Api;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Outbox.Localization;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Outbox.Integration;

/// <summary>Each message is a timeline entry at the time it was queued, titled with channel and current status.</summary>
internal sealed class MessageTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<OutboxResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.CustomerId == customerId);
        return await TimelinePaging.ReadAsync(rows, m => m.CreatedAt, ToEntry, before, take, cancellationToken);
    }

    private TimelineEntry ToEntry(OutboxMessage m)
    {
        var title = string.Format(CultureInfo.CurrentCulture, text["Timeline.Title"], text[$"Channel.{m.Channel}"], text[$"Status.{m.Status}"]);
        var body = m.Body.Length > 160 ? m.Body[..160] + "…" : m.Body;
        var detail = m.Reason is null ? body : $"{text[$"Reason.{m.Reason}"]} · {body}";
        return new TimelineEntry("message:" + m.Id.ToString("D"), DateTime.SpecifyKind(m.CreatedAt, DateTimeKind.Utc),
            "message-" + MessageWire.Name(m.Status), title, detail, Actor: m.Source);
    }
}

/// <summary>
/// KVKK: the export lists every message with its text and address; erasure blanks text, subject, address and
/// template parameters but keeps channel, purpose, status and dates (what was sent when, for the consent record),
/// and cancels what has not gone out.
/// </summary>
internal sealed class MessagePersonalData(IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time) : IPersonalDataHolder
{
    public const string Erased = "—";

    public string Name => "messages";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.CustomerId == customerId)
            .OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows.Select(MessageResponse.From).ToList();
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<OutboxMessage>().Where(m => m.CustomerId == customerId && m.Status == MessageStatus.Queued && m.HandedOverAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Cancelled).SetProperty(m => m.CancelledAt, now)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTime?)null), cancellationToken);
        await db.Set<OutboxMessage>().Where(m => m.CustomerId == customerId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Body, Erased)
            .SetProperty(m => m.Subject, m => m.Subject == null ? null : Erased)
            .SetProperty(m => m.ToAddress, (string?)null)
            .SetProperty(m => m.WhatsAppParameters, (string?)null), cancellationToken);
    }
}

/// <summary>A merge moves the merged customer's messages to the survivor; undo moves exactly those back.</summary>
internal sealed class MessageMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "messaging.messages";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var ids = await db.Set<OutboxMessage>().Where(m => m.CustomerId == from).Select(m => m.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(ids);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var ids = state is null ? [] : JsonSerializer.Deserialize<List<Guid>>(state) ?? [];
        if (ids.Count == 0)
        {
            return;
        }

        await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id) && m.CustomerId == into)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CustomerId, from), cancellationToken);
    }
}
