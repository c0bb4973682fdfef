using Muhtar.Pos.Promotions;

namespace Muhtar.Pos.Promotions.Engine;

/// <summary>The rules a presented coupon must pass, as one pure function shared by evaluation and staging.</summary>
internal static class CouponCheck
{
    /// <summary>Normalises a typed or scanned code: upper case, without spaces or dashes ("ab12-cd34" → "AB12CD34").</summary>
    public static string Normalize(string code) =>
        new string(code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();

    public static CouponRefusal? Check(
        CouponFacts? coupon, PromotionDefinition? promotion, PromotionBasket basket, IReadOnlySet<string> customerKeys)
    {
        if (coupon is null)
        {
            return CouponRefusal.Unknown;
        }

        if (promotion is null || !promotion.RequiresCoupon || !promotion.IsActiveAt(basket.At, basket.StoreId))
        {
            return CouponRefusal.PromotionInactive;
        }

        if (coupon.ValidFrom is { } from && basket.At < from)
        {
            return CouponRefusal.NotYetValid;
        }

        if (coupon.ValidUntil is { } until && basket.At >= until)
        {
            return CouponRefusal.Expired;
        }

        if (coupon.MaxRedemptions is { } max && coupon.Redemptions >= max)
        {
            return CouponRefusal.UsedUp;
        }

        if (coupon.CustomerId is { } owner && owner != basket.CustomerId)
        {
            return CouponRefusal.OtherCustomer;
        }

        if (promotion.PerCustomerLimit is { } limit && (basket.CustomerId is null || coupon.CustomerRedemptions >= limit))
        {
            // A per-customer limit can only be kept for a known customer.
            return CouponRefusal.CustomerLimitReached;
        }

        if (!promotion.IsFor(customerKeys))
        {
            return CouponRefusal.NotForCustomer;
        }

        return null;
    }
}
