using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Platform.Data;
using Muhtar.Pos.Promotions.Coupons;

namespace Muhtar.Pos.Promotions.Customers;

/// <summary>Coupons issued to a customer ("Kupon verildi: Mamada %20 — K7M2QX9A") and coupons they redeemed, on the timeline.</summary>
internal sealed class CouponTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<PromotionsResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var issued = from c in db.Set<Coupon>().AsNoTracking()
                     join p in db.Set<Promotion>().AsNoTracking() on c.PromotionId equals p.Id
                     where c.CustomerId == customerId
                     select new Row { Id = c.Id, At = c.CreatedAt, Code = c.Code, Title = c.Title ?? p.Name, Redeemed = false };
        var redeemed = from r in db.Set<CouponRedemption>().AsNoTracking()
                       join c in db.Set<Coupon>().AsNoTracking() on r.CouponId equals c.Id
                       join p in db.Set<Promotion>().AsNoTracking() on r.PromotionId equals p.Id
                       where r.CustomerId == customerId
                       select new Row { Id = r.Id, At = r.RedeemedAt, Code = c.Code, Title = c.Title ?? p.Name, Redeemed = true };
        var first = await TimelinePaging.ReadAsync(issued, r => r.At, ToEntry, before, take, cancellationToken);
        var second = await TimelinePaging.ReadAsync(redeemed, r => r.At, ToEntry, before, take, cancellationToken);
        return TimelinePaging.Newest(first.Concat(second), take);
    }

    private TimelineEntry ToEntry(Row r) => new(
        (r.Redeemed ? "coupon-redeemed:" : "coupon-issued:") + r.Id.ToString("D"), DateTime.SpecifyKind(r.At, DateTimeKind.Utc), "coupon",
        text[r.Redeemed ? "Timeline.Redeemed" : "Timeline.Issued", r.Title, r.Code], null, "/pos/coupons");

    /// <summary>A member-initialised projection, so the paging's time comparisons translate to SQL.</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }

        public DateTime At { get; init; }

        public string Code { get; init; } = "";

        public string Title { get; init; } = "";

        public bool Redeemed { get; init; }
    }
}
