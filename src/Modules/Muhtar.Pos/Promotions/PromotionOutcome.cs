namespace Muhtar.Pos.Promotions;

/// <summary>What the promotions do to a basket: discounts per line (each naming its promotion), bonus
/// points for loyalty, and coupons to print under the receipt.</summary>
internal sealed record PromotionOutcome(
    IReadOnlyList<AppliedDiscount> Discounts,
    long BonusPoints,
    IReadOnlyList<CouponToPrint> CouponsToPrint)
{
    public static PromotionOutcome None { get; } = new([], 0, []);
}

/// <summary>A promotion's discount on one line, in kuruş.</summary>
internal sealed record AppliedDiscount(int LineNo, Guid PromotionId, long DiscountKurus);

/// <summary>A coupon printed under the receipt; <paramref name="Code"/> is null in an evaluation (no side
/// effects) and set once the receipt is posted and the coupon issued.</summary>
internal sealed record CouponToPrint(Guid PromotionId, string Title, string? Code, DateTime? ExpiresAt);

/// <summary>A coupon a customer can use now, for the till's lookup.</summary>
internal sealed record UsableCoupon(string Code, string Title, DateTime? ExpiresAt);
