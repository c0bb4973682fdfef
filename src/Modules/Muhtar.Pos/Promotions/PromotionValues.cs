using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Pos.Promotions;

/// <summary>A promotion's editable values, already validated (the API request and the editor both end here).</summary>
internal sealed record PromotionValues(
    string Name,
    PromotionKind Kind,
    ItemTarget Target,
    ItemTarget? RewardTarget,
    int Priority,
    bool Exclusive,
    DateTime? StartsAt,
    DateTime? EndsAt,
    IReadOnlyList<Guid> StoreIds,
    long? BudgetKurus,
    bool RequiresCoupon,
    int? PerCustomerLimit,
    IReadOnlyList<string> Audience,
    int BuyQuantity,
    int GetQuantity,
    int PercentOff,
    long AmountOffKurus,
    long ThresholdKurus,
    long BonusPoints,
    Guid? IssuedPromotionId,
    string? CouponTitle,
    int CouponValidDays);
