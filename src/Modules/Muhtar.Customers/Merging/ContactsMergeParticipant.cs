using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Merging;

/// <summary>When two companies merge, the contacts of the merged company become the survivor's contacts.</summary>
internal sealed class ContactsMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "customers.contacts";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var ids = await db.Set<Customer>().Where(c => c.ParentCompanyId == from && c.Id != into).Select(c => c.Id).ToListAsync(cancellationToken);
        await db.Set<Customer>().Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentCompanyId, into), cancellationToken);
        return MergeState.Write(new MovedRows { Moved = ids });
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var ids = MergeState.Read<MovedRows>(state).Moved;
        await db.Set<Customer>().Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentCompanyId, from), cancellationToken);
    }
}
