using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Merging;

/// <summary>
/// External ids (POS, e-shop, ERP) move to the survivor so other systems still find the person. Where both
/// have an id in the same system the survivor's stays (one id per system) and the merged one is removed and
/// remembered for undo.
/// </summary>
internal sealed class ExternalIdsMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "customers.external-ids";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var ids = db.Set<CustomerExternalId>();
        var theirs = await ids.AsNoTracking().Where(x => x.CustomerId == from).ToListAsync(cancellationToken);
        var ours = (await ids.Where(x => x.CustomerId == into).Select(x => x.System).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var state = new State
        {
            Moved = theirs.Where(x => !ours.Contains(x.System)).Select(x => x.Id).ToList(),
            Removed = theirs.Where(x => ours.Contains(x.System)).Select(x => new RemovedId(x.Id, x.System, x.Value)).ToList(),
        };
        var removed = state.Removed.Select(r => r.Id).ToList();
        await ids.Where(x => removed.Contains(x.Id)).ExecuteDeleteAsync(cancellationToken);
        await ids.Where(x => state.Moved.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, into), cancellationToken);
        return MergeState.Write(state);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var read = MergeState.Read<State>(state);
        await db.Set<CustomerExternalId>().Where(x => read.Moved.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, from), cancellationToken);
        foreach (var removed in read.Removed)
        {
            var row = new CustomerExternalId(from, removed.System, removed.Value);
            db.Entry(row).Property(x => x.Id).CurrentValue = removed.Id;
            db.Add(row);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed record RemovedId(Guid Id, string System, string Value);

    internal sealed class State
    {
        public List<Guid> Moved { get; set; } = [];

        public List<RemovedId> Removed { get; set; } = [];
    }
}
