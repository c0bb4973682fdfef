using Muhtar.Pos.Api;
using Muhtar.Pos.Promotions;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Checkout;

/// <summary>A priced basket in the API's shape (TRY, decimal quantities, sources per line).</summary>
internal static class EvaluationMapping
{
    public static EvaluationResponse ToEvaluation(this PricedBasket priced, IReadOnlyList<CouponToPrint>? issued = null) => new(
        priced.Lines.Select(l => new EvaluationLineResponse(
            l.Line.LineNo, l.Line.Barcode, Quantity.ToDecimal(l.Line.QuantityMilli), CheckoutMoney.ToTry(l.Line.UnitPriceKurus),
            CheckoutMoney.ToTry(l.DiscountKurus), l.Discounts.Select(d => d.Source).Distinct().ToList())).ToList(),
        CheckoutMoney.ToTry(priced.SubtotalKurus),
        CheckoutMoney.ToTry(priced.DiscountKurus),
        CheckoutMoney.ToTry(priced.TotalKurus),
        priced.PointsToEarn,
        (issued ?? priced.Outcome.CouponsToPrint).Select(ToResponse).ToList());

    public static CouponToPrintResponse ToResponse(CouponToPrint coupon) =>
        new(coupon.Code, coupon.Title, coupon.ExpiresAt is { } at ? ApiTime.ToOffset(at) : null);
}
