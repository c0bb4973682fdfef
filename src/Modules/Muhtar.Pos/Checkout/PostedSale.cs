using Muhtar.Abstractions.Loyalty;
using Muhtar.Pos.Promotions;

namespace Muhtar.Pos.Checkout;

/// <summary>A stored receipt: its pricing, what loyalty posted (null for an anonymous sale) and the coupons issued.</summary>
internal sealed record PostedSale(Guid ReceiptId, PricedBasket Priced, LoyaltyPosting? Posting, IReadOnlyList<CouponToPrint> CouponsIssued)
{
    public ReceiptPostedResponse ToResponse() => new(
        ReceiptId, Priced.ToEvaluation(CouponsIssued), Posting?.PointsEarned ?? 0, Posting?.PointsRedeemed ?? 0, Posting?.Balance,
        CouponsIssued.Select(EvaluationMapping.ToResponse).ToList());
}
