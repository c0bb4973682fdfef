using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Platform.Idempotency;

namespace Muhtar.Platform.Audit;

/// <summary>
/// The audit trail about a customer holds their old and new values ("Phone: +90532… → +90533…"). Export
/// lists it; erasure keeps who changed which field when, and blanks the values. Stored replies to
/// idempotent POSTs that created something under the customer (kept a day for retries) go as well.
/// </summary>
internal sealed class AuditTrailPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "audit";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityId == customerId)
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => new
        {
            At = DateTime.SpecifyKind(a.At, DateTimeKind.Utc),
            a.Actor,
            Action = a.Action.ToString().ToLowerInvariant(),
            a.Field,
            a.OldValue,
            a.NewValue,
        }).ToList();
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        await db.Set<AuditEntry>().Where(a => a.EntityId == customerId && (a.OldValue != null || a.NewValue != null))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.OldValue, (string?)null).SetProperty(a => a.NewValue, (string?)null), cancellationToken);
        var id = customerId.ToString();
        await db.Set<IdempotencyRecord>().Where(r => r.ResponseLocation != null && r.ResponseLocation.Contains(id))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
