using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Promotions.Coupons;

/// <summary>
/// A coupon code of a coupon promotion: made by the business (a batch, or one code) or printed under a
/// receipt. <see cref="Redemptions"/> is raised only by a conditional UPDATE at staging, so a single-use
/// code is never taken twice; <see cref="CouponRedemption"/> rows also carry a unique sequence as a
/// second guard.
/// </summary>
internal sealed class Coupon : ITenantScoped
{
    private Coupon()
    {
    }

    public Coupon(Guid promotionId, string code, Guid? customerId, DateTime? validFrom, DateTime? validUntil, int? maxRedemptions,
        string? title, Guid? issuedByReceiptId, DateTime now)
    {
        Id = Guid.CreateVersion7();
        PromotionId = promotionId;
        Code = code;
        CustomerId = customerId;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        MaxRedemptions = maxRedemptions;
        Title = title;
        IssuedByReceiptId = issuedByReceiptId;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid PromotionId { get; private set; }

    /// <summary>Upper case, as <see cref="Engine.CouponCheck.Normalize"/> leaves a typed code.</summary>
    public string Code { get; private set; } = "";

    /// <summary>The only customer who may use the code; null for anyone.</summary>
    public Guid? CustomerId { get; private set; }

    public DateTime? ValidFrom { get; private set; }

    public DateTime? ValidUntil { get; private set; }

    /// <summary>1 for single use; null for unlimited.</summary>
    public int? MaxRedemptions { get; private set; }

    public int Redemptions { get; private set; }

    /// <summary>What the receipt prints; null to use the promotion's name.</summary>
    public string? Title { get; private set; }

    /// <summary>The receipt under which the coupon was printed, for receipt-bottom coupons.</summary>
    public Guid? IssuedByReceiptId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
