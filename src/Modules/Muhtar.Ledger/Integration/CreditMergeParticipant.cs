using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Ledger.Book;

namespace Muhtar.Ledger.Integration;

/// <summary>
/// Merging customers merges their credit accounts: the merged one's entries move to the survivor, whose
/// balance (always summed from entries) becomes the total of both; undo moves exactly those entries back.
/// Reminder times stay with each customer, so undo has nothing else to restore.
/// </summary>
internal sealed class CreditMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "ledger.entries";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var moved = await db.Set<CreditEntry>().Where(e => e.CustomerId == from).Select(e => e.Id).ToListAsync(cancellationToken);
        if (moved.Count == 0)
        {
            return null;
        }

        await db.Set<CreditEntry>().Where(e => moved.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(moved);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var moved = state is null ? null : JsonSerializer.Deserialize<List<Guid>>(state);
        if (moved is { Count: > 0 })
        {
            await db.Set<CreditEntry>().Where(e => moved.Contains(e.Id) && e.CustomerId == into)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.CustomerId, from), cancellationToken);
        }
    }
}
