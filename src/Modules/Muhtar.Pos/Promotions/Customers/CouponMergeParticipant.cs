using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Pos.Promotions.Coupons;

namespace Muhtar.Pos.Promotions.Customers;

/// <summary>
/// A merged customer's coupons and coupon uses become the survivor's (C4), so the survivor can use them
/// and their per-customer limits count together. Moved uses drop their per-customer sequence (two people's
/// "first use" cannot both be the survivor's first under the unique index); undo puts ids and sequences back.
/// </summary>
internal sealed class CouponMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "pos.coupons";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var coupons = await db.Set<Coupon>().Where(c => c.CustomerId == from).Select(c => c.Id).ToListAsync(cancellationToken);
        var uses = await db.Set<CouponRedemption>().Where(r => r.CustomerId == from)
            .Select(r => new MovedUse(r.Id, r.CustomerSequence)).ToListAsync(cancellationToken);
        var useIds = uses.Select(u => u.Id).ToList();
        await db.Set<Coupon>().Where(c => coupons.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, into), cancellationToken);
        await db.Set<CouponRedemption>().Where(r => useIds.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, into).SetProperty(r => r.CustomerSequence, (int?)null), cancellationToken);
        return JsonSerializer.Serialize(new Moved(coupons, uses));
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var moved = state is null ? new Moved([], []) : JsonSerializer.Deserialize<Moved>(state) ?? new Moved([], []);
        await db.Set<Coupon>().Where(c => moved.Coupons.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, (Guid?)from), cancellationToken);
        foreach (var group in moved.Redemptions.GroupBy(u => u.Sequence))
        {
            var ids = group.Select(u => u.Id).ToList();
            var sequence = group.Key;
            await db.Set<CouponRedemption>().Where(r => ids.Contains(r.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, (Guid?)from).SetProperty(r => r.CustomerSequence, sequence), cancellationToken);
        }
    }

    private sealed record Moved(List<Guid> Coupons, List<MovedUse> Redemptions);

    private sealed record MovedUse(Guid Id, int? Sequence);
}
