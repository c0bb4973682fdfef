using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Consent.Ledger;

namespace Muhtar.Consent.Integration;

/// <summary>
/// A merge moves the merged customer's ledger lines to the survivor unchanged (the survivor's current
/// consent is then the latest decision across both); undo moves exactly those lines back.
/// </summary>
internal sealed class ConsentMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "consent.records";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var ids = await db.Set<ConsentRecord>().Where(r => r.CustomerId == from).Select(r => r.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        await db.Set<ConsentRecord>().Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(ids);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var ids = state is null ? [] : JsonSerializer.Deserialize<List<Guid>>(state) ?? [];
        if (ids.Count == 0)
        {
            return;
        }

        await db.Set<ConsentRecord>().Where(r => ids.Contains(r.Id) && r.CustomerId == into)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, from), cancellationToken);
    }
}
