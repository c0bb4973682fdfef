using Microsoft.EntityFrameworkCore;

namespace Muhtar.Abstractions.Customers.Merging;

/// <summary>
/// The one extension point through which a customer merge reaches every module's rows. Each module
/// that stores rows pointing at a customer (notes, tags, receipts, points, appointments, tickets,
/// messages, consents…) registers one participant. The merge calls <see cref="MoveAsync"/> for every
/// participant inside one transaction on <paramref name="db"/>; the returned state is stored with the
/// merge and handed back to <see cref="UndoAsync"/>, which must restore the rows exactly.
/// </summary>
public interface ICustomerMergeParticipant
{
    /// <summary>Stable key stored with the merge (e.g. "customers.notes", "pos.receipts").</summary>
    string Name { get; }

    /// <summary>Re-points this module's rows from <paramref name="from"/> to <paramref name="into"/>.
    /// Returns what undo needs (typically the ids moved and any values changed), as JSON, or null.</summary>
    Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken);

    /// <summary>Puts back exactly what <see cref="MoveAsync"/> changed, given the state it returned.</summary>
    Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken);
}
