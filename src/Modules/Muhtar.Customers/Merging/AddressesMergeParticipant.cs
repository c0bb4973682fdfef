using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Customers.Addresses;

namespace Muhtar.Customers.Merging;

/// <summary>Every address of a merged customer becomes one of the survivor's addresses.</summary>
internal sealed class AddressesMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "customers.addresses";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var ids = await db.Set<CustomerAddress>().Where(a => a.CustomerId == from).Select(a => a.Id).ToListAsync(cancellationToken);
        await db.Set<CustomerAddress>().Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.CustomerId, into), cancellationToken);
        return MergeState.Write(new MovedRows { Moved = ids });
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var ids = MergeState.Read<MovedRows>(state).Moved;
        await db.Set<CustomerAddress>().Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.CustomerId, from), cancellationToken);
    }
}
