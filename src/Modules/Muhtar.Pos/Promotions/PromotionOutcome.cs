namespace Muhtar.Pos.Promotions;

/// <summary>What the promotions do to a basket: discounts per line (each naming its promotion), bonus
/// points for loyalty, and coupons to print under the receipt.</summary>
internal sealed record PromotionOutcome(
    IReadOnlyList<AppliedDiscount> Discounts,
    long BonusPoints,
    IReadOnlyList<CouponToPrint> CouponsToPrint)
{
    public static PromotionOutcome None { get; } = new([], 0, []);

    /// <summary>Each promotion that applied, once, with its total effect and the coupon that unlocked it.</summary>
    public IReadOnlyList<AppliedPromotion> Applied { get; init; } = [];

    public long DiscountTotalKurus => Discounts.Sum(d => d.DiscountKurus);

    /// <summary>Discount on one line from every promotion.</summary>
    public long DiscountOn(int lineNo) => Discounts.Where(d => d.LineNo == lineNo).Sum(d => d.DiscountKurus);

    /// <summary>Ids of the promotions that discounted one line, in the order they applied.</summary>
    public IReadOnlyList<Guid> PromotionsOn(int lineNo) => Discounts.Where(d => d.LineNo == lineNo).Select(d => d.PromotionId).ToList();
}

/// <summary>A promotion that applied to the basket: its discount over all lines, its bonus points, and the
/// coupon code that unlocked it (null for a promotion without coupon).</summary>
internal sealed record AppliedPromotion(Guid PromotionId, string Name, long DiscountKurus, long BonusPoints, string? CouponCode);

/// <summary>A promotion's discount on one line, in kuruş.</summary>
internal sealed record AppliedDiscount(int LineNo, Guid PromotionId, long DiscountKurus);

/// <summary>A coupon printed under the receipt; <paramref name="Code"/> is null in an evaluation (no side
/// effects) and set once the receipt is posted and the coupon issued.</summary>
internal sealed record CouponToPrint(Guid PromotionId, string Title, string? Code, DateTime? ExpiresAt);

/// <summary>A coupon a customer can use now, for the till's lookup.</summary>
internal sealed record UsableCoupon(string Code, string Title, DateTime? ExpiresAt);
