namespace Muhtar.Abstractions.Loyalty;

/// <summary>
/// What loyalty does to a sale. <see cref="LineDiscounts"/> are extra per-line discounts: a ready stamp
/// card's free item and the points redemption spread over the lines, so the receipt's total stays the sum
/// of its lines and a return can reverse them proportionally.
/// </summary>
public sealed record LoyaltyQuote(
    long PointsToEarn,
    long PointsToRedeem,
    long RedemptionKurus,
    IReadOnlyList<LoyaltyLineDiscount> LineDiscounts,
    IReadOnlyList<StampChange> Stamps);

/// <summary>A discount loyalty grants on a line. <paramref name="Source"/> is "points" or "stamp:{cardId}".</summary>
public sealed record LoyaltyLineDiscount(int LineNo, string Source, long DiscountKurus);

/// <summary>Stamps a sale adds to a card and rewards it redeems.</summary>
public sealed record StampChange(Guid StampCardId, string Name, int StampsAdded, int RewardsRedeemed);

/// <summary>What was stored for a sale or a return, and the balance after it.</summary>
public sealed record LoyaltyPosting(long PointsEarned, long PointsRedeemed, long Balance, IReadOnlyList<StampChange> Stamps);
