using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Customers.Tags;

namespace Muhtar.Customers.Merging;

/// <summary>
/// The survivor ends with the union of the tags. A tag both have (by folded name, "VIP" = "vip") keeps the
/// survivor's row; the merged customer's row is removed and remembered, so undo re-creates it as it was.
/// </summary>
internal sealed class TagsMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "customers.tags";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var tags = db.Set<CustomerTag>();
        var theirs = await tags.AsNoTracking().Where(t => t.CustomerId == from).ToListAsync(cancellationToken);
        var ours = (await tags.Where(t => t.CustomerId == into).Select(t => t.NormalizedName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var state = new State
        {
            Moved = theirs.Where(t => !ours.Contains(t.NormalizedName)).Select(t => t.Id).ToList(),
            Removed = theirs.Where(t => ours.Contains(t.NormalizedName)).Select(t => new RemovedTag(t.Id, t.Name)).ToList(),
        };
        var removed = state.Removed.Select(r => r.Id).ToList();
        await tags.Where(t => removed.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
        await tags.Where(t => state.Moved.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.CustomerId, into), cancellationToken);
        return MergeState.Write(state);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var read = MergeState.Read<State>(state);
        await db.Set<CustomerTag>().Where(t => read.Moved.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.CustomerId, from), cancellationToken);
        foreach (var removed in read.Removed)
        {
            var tag = new CustomerTag(from, removed.Name);
            db.Entry(tag).Property(t => t.Id).CurrentValue = removed.Id;
            db.Add(tag);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed record RemovedTag(Guid Id, string Name);

    internal sealed class State
    {
        public List<Guid> Moved { get; set; } = [];

        public List<RemovedTag> Removed { get; set; } = [];
    }
}
