namespace Muhtar.Abstractions.Loyalty;

/// <summary>A sale as loyalty sees it: the lines after promotion discounts, points the customer wants to
/// spend and bonus points promotions granted ("basket over 500 TL earns 100 points").</summary>
public sealed record LoyaltyBasket(
    Guid CustomerId,
    DateTime OccurredAt,
    IReadOnlyList<LoyaltyLine> Lines,
    long RedeemPoints,
    long BonusPoints);

/// <summary>One basket line with the catalogue facts earn rules and stamp cards match on.
/// <paramref name="NetKurus"/> is the line amount after promotion discounts.</summary>
public sealed record LoyaltyLine(
    int LineNo,
    Guid? ProductId,
    Guid? CategoryId,
    Guid? BrandId,
    Guid? SupplierId,
    int QuantityMilli,
    long UnitPriceKurus,
    long NetKurus);
