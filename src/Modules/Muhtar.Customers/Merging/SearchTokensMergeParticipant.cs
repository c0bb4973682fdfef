using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Customers.Search;

namespace Muhtar.Customers.Merging;

/// <summary>
/// A merged customer must not be found by name any more: its search words are removed (and put back on
/// undo). The survivor's words are rebuilt from its new names by the merge itself.
/// </summary>
internal sealed class SearchTokensMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "customers.search-tokens";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var tokens = db.Set<CustomerSearchToken>();
        var words = await tokens.Where(t => t.CustomerId == from).Select(t => t.Token).ToListAsync(cancellationToken);
        await tokens.Where(t => t.CustomerId == from).ExecuteDeleteAsync(cancellationToken);
        return MergeState.Write(words);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var words = state is null ? [] : MergeState.Read<List<string>>(state);
        var existing = (await db.Set<CustomerSearchToken>().Where(t => t.CustomerId == from).Select(t => t.Token).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        db.AddRange(words.Where(w => !existing.Contains(w)).Select(w => new CustomerSearchToken(from, w)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
