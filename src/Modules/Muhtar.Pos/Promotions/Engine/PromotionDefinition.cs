namespace Muhtar.Pos.Promotions.Engine;

/// <summary>
/// A promotion as the engine reads it: plain values, no EF. The service builds these from the stored
/// promotions and caches them per business.
/// </summary>
/// <param name="Priority">Higher goes first; ties are broken by id so evaluation is deterministic.</param>
/// <param name="Exclusive">An exclusive promotion only touches lines no earlier promotion discounted, and
/// a line it discounts gets nothing more. Stackable promotions add up on lines without an exclusive one.</param>
/// <param name="StoreIds">Empty means every store.</param>
/// <param name="BudgetKurus">Cap on the discount given in total; null means no cap.</param>
/// <param name="SpentKurus">Discount given so far against the cap.</param>
/// <param name="PerCustomerLimit">How many times one customer may redeem this promotion's coupons.</param>
/// <param name="Audience">Customer keys ("tag:vip", "tier:altın"; later "segment:…"): when set, only a known
/// customer holding one of them gets the promotion.</param>
internal sealed record PromotionDefinition(
    Guid Id,
    string Name,
    PromotionKind Kind,
    ItemTarget Target,
    int Priority = 0,
    bool Exclusive = false,
    bool Paused = false,
    DateTime? StartsAt = null,
    DateTime? EndsAt = null,
    IReadOnlyList<Guid>? StoreIds = null,
    long? BudgetKurus = null,
    long SpentKurus = 0,
    bool RequiresCoupon = false,
    int? PerCustomerLimit = null,
    IReadOnlyList<string>? Audience = null,
    int BuyQuantity = 0,
    int GetQuantity = 0,
    ItemTarget? RewardTarget = null,
    int PercentOff = 0,
    long AmountOffKurus = 0,
    long ThresholdKurus = 0,
    long BonusPoints = 0,
    Guid? IssuedPromotionId = null,
    string? CouponTitle = null,
    int CouponValidDays = 0)
{
    public bool IsDiscount => Kind is PromotionKind.BuyNGetY or PromotionKind.PercentOff or PromotionKind.AmountOff;

    /// <summary>Budget left, or null when uncapped.</summary>
    public long? BudgetLeftKurus => BudgetKurus is { } cap ? Math.Max(0, cap - SpentKurus) : null;

    public bool IsActiveAt(DateTime at, Guid storeId) =>
        !Paused
        && (StartsAt is null || at >= StartsAt)
        && (EndsAt is null || at < EndsAt)
        && (StoreIds is null || StoreIds.Count == 0 || StoreIds.Contains(storeId));

    public bool IsFor(IReadOnlySet<string> customerKeys) =>
        Audience is null || Audience.Count == 0 || Audience.Any(customerKeys.Contains);
}
