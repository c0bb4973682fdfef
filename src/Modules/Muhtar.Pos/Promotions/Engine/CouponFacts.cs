namespace Muhtar.Pos.Promotions.Engine;

/// <summary>A presented coupon code as stored, with its use so far (read by the service, judged by <see cref="CouponCheck"/>).</summary>
/// <param name="CustomerId">The customer the coupon was issued to; null for a code anyone may use.</param>
/// <param name="MaxRedemptions">1 for single use; null for unlimited.</param>
/// <param name="CustomerRedemptions">How often the basket's customer already redeemed coupons of this promotion.</param>
internal sealed record CouponFacts(
    string Code,
    Guid PromotionId,
    Guid? CustomerId,
    DateTime? ValidFrom,
    DateTime? ValidUntil,
    int? MaxRedemptions,
    int Redemptions,
    int CustomerRedemptions);

/// <summary>Why a presented coupon cannot be used.</summary>
internal enum CouponRefusal
{
    Unknown,
    NotYetValid,
    Expired,
    UsedUp,
    OtherCustomer,
    CustomerLimitReached,
    NotForCustomer,
    PromotionInactive,
}

/// <summary>A coupon the engine refused, by code as presented.</summary>
internal sealed record CouponProblem(string Code, CouponRefusal Reason);
