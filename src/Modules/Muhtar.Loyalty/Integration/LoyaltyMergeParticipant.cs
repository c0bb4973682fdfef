using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Stamps;

namespace Muhtar.Loyalty.Integration;

/// <summary>
/// Merging customers merges their points and stamp cards: the merged customer's ledger rows (points and
/// stamps) are re-pointed to the survivor, whose balance row becomes the sum of both. Undo moves exactly
/// those rows back and recomputes both balances from their ledgers.
/// </summary>
internal sealed class LoyaltyMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "loyalty.ledger";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var points = await db.Set<PointEntry>().Where(e => e.CustomerId == from).Select(e => e.Id).ToListAsync(cancellationToken);
        var stamps = await db.Set<StampEntry>().Where(e => e.CustomerId == from).Select(e => e.Id).ToListAsync(cancellationToken);
        if (points.Count == 0 && stamps.Count == 0)
        {
            return null;
        }

        await db.Set<PointEntry>().Where(e => points.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.CustomerId, into), cancellationToken);
        await db.Set<StampEntry>().Where(e => stamps.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.CustomerId, into), cancellationToken);
        await RecomputeAsync(db, from, cancellationToken);
        await RecomputeAsync(db, into, cancellationToken);
        return JsonSerializer.Serialize(new MovedRows(points, stamps));
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var moved = state is null ? null : JsonSerializer.Deserialize<MovedRows>(state);
        if (moved is null)
        {
            return;
        }

        await db.Set<PointEntry>().Where(e => moved.Points.Contains(e.Id) && e.CustomerId == into)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CustomerId, from), cancellationToken);
        await db.Set<StampEntry>().Where(e => moved.Stamps.Contains(e.Id) && e.CustomerId == into)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CustomerId, from), cancellationToken);
        await RecomputeAsync(db, from, cancellationToken);
        await RecomputeAsync(db, into, cancellationToken);
    }

    /// <summary>Sets the balance row to the ledger's sum, in SQL so it runs in the merge's transaction now.</summary>
    private static async Task RecomputeAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var sum = await db.Set<PointEntry>().Where(e => e.CustomerId == customerId).SumAsync(e => e.Points, cancellationToken);
        var updated = await db.Set<LoyaltyAccount>().Where(a => a.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, sum).SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken);
        if (updated == 0 && sum != 0)
        {
            var account = new LoyaltyAccount(customerId);
            account.Reset(sum);
            db.Add(account);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed record MovedRows(List<Guid> Points, List<Guid> Stamps);
}
