using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Promotions.Coupons;

/// <summary>
/// One use of a coupon on a receipt. <see cref="Sequence"/> numbers the uses of a limited coupon (1 for a
/// single-use one) under a unique index, and <see cref="CustomerSequence"/> the uses of one promotion by
/// one customer when it has a per-customer limit: two receipts can never both hold use number 1.
/// </summary>
internal sealed class CouponRedemption : ITenantScoped
{
    private CouponRedemption()
    {
    }

    public CouponRedemption(Guid couponId, Guid promotionId, Guid receiptId, Guid? customerId, int? sequence, int? customerSequence,
        long discountKurus, long bonusPoints, DateTime redeemedAt)
    {
        Id = Guid.CreateVersion7();
        CouponId = couponId;
        PromotionId = promotionId;
        ReceiptId = receiptId;
        CustomerId = customerId;
        Sequence = sequence;
        CustomerSequence = customerSequence;
        DiscountKurus = discountKurus;
        BonusPoints = bonusPoints;
        RedeemedAt = redeemedAt;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CouponId { get; private set; }

    public Guid PromotionId { get; private set; }

    public Guid ReceiptId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public int? Sequence { get; private set; }

    public int? CustomerSequence { get; private set; }

    public long DiscountKurus { get; private set; }

    public long BonusPoints { get; private set; }

    public DateTime RedeemedAt { get; private set; }
}
