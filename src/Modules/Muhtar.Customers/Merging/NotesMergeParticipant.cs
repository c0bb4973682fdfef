using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Customers.Notes;

namespace Muhtar.Customers.Merging;

/// <summary>Notes follow the person: every note of a merged customer moves to the survivor.</summary>
internal sealed class NotesMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "customers.notes";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var ids = await db.Set<CustomerNote>().Where(n => n.CustomerId == from).Select(n => n.Id).ToListAsync(cancellationToken);
        await db.Set<CustomerNote>().Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.CustomerId, into), cancellationToken);
        return MergeState.Write(new MovedRows { Moved = ids });
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var ids = MergeState.Read<MovedRows>(state).Moved;
        await db.Set<CustomerNote>().Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.CustomerId, from), cancellationToken);
    }
}
