using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;

namespace Muhtar.Pos.Receipts;

/// <summary>
/// A merged customer's purchases become the survivor's (C4): receipts are re-pointed in one statement and
/// their ids kept, so undo gives each receipt back to the customer it had.
/// </summary>
internal sealed class ReceiptMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "pos.receipts";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var receipts = db.Set<Receipt>();
        var ids = await receipts.Where(r => r.CustomerId == from).Select(r => r.Id).ToListAsync(cancellationToken);
        await receipts.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(ids);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var ids = state is null ? [] : JsonSerializer.Deserialize<List<Guid>>(state) ?? [];
        await db.Set<Receipt>().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, (Guid?)from), cancellationToken);
    }
}
