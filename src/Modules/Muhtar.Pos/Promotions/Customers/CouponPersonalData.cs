using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Pos.Promotions.Coupons;

namespace Muhtar.Pos.Promotions.Customers;

/// <summary>
/// Coupons issued to the person and the ones they redeemed. A coupon row holds no personal value, only the
/// customer's id (codes, dates, amounts), so erasure keeps the rows: the id points at the anonymised
/// customer shell and the promotion's redemption counts and budget stay right.
/// </summary>
internal sealed class CouponPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "coupons";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var coupons = await (from c in db.Set<Coupon>().AsNoTracking()
                             join p in db.Set<Promotion>().AsNoTracking() on c.PromotionId equals p.Id
                             where c.CustomerId == customerId
                             orderby c.CreatedAt, c.Code
                             select new { c.Code, Title = c.Title ?? p.Name, c.CreatedAt, c.ValidUntil, c.Redemptions })
            .ToListAsync(cancellationToken);
        var redemptions = await (from r in db.Set<CouponRedemption>().AsNoTracking()
                                 join c in db.Set<Coupon>().AsNoTracking() on r.CouponId equals c.Id
                                 where r.CustomerId == customerId
                                 orderby r.RedeemedAt, r.Id
                                 select new { c.Code, r.ReceiptId, r.DiscountKurus, r.BonusPoints, r.RedeemedAt })
            .ToListAsync(cancellationToken);
        return coupons.Count == 0 && redemptions.Count == 0 ? null : new { Issued = coupons, Redeemed = redemptions };
    }

    public Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) => Task.CompletedTask;
}
