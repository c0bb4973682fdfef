using Muhtar.Abstractions.Loyalty;
using Muhtar.Pos.Promotions;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// A basket after promotions and loyalty: what both evaluate and receipts answer, computed by one code path
/// (<see cref="CheckoutPricing"/>) so the two always agree.
/// </summary>
internal sealed record PricedBasket(
    CheckoutBasket Basket,
    DateTime At,
    PromotionBasket PromotionBasket,
    PromotionOutcome Outcome,
    LoyaltyBasket? LoyaltyBasket,
    LoyaltyQuote? Quote,
    IReadOnlyList<PricedLine> Lines)
{
    public long SubtotalKurus => Lines.Sum(l => l.GrossKurus);

    public long DiscountKurus => Lines.Sum(l => l.DiscountKurus);

    public long TotalKurus => SubtotalKurus - DiscountKurus;

    public long PointsToEarn => Quote?.PointsToEarn ?? 0;
}

/// <summary>A priced line: the catalogue product when the barcode is known, and every discount on it.</summary>
internal sealed record PricedLine(CheckoutLine Line, Guid? ProductId, long GrossKurus, IReadOnlyList<LineDiscount> Discounts)
{
    public long DiscountKurus => Discounts.Sum(d => d.AmountKurus);

    public long NetKurus => GrossKurus - DiscountKurus;
}

/// <summary>One discount on a line: <paramref name="Source"/> is a promotion id, "points" or "stamp:{cardId}".</summary>
internal sealed record LineDiscount(string Source, Guid? PromotionId, long AmountKurus);
