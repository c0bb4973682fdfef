namespace Muhtar.Pos.Promotions.Admin;

/// <summary>
/// The body of POST/PUT /api/v1/pos/promotions. Kinds are camelCase names ("buyNGetY", "basketThresholdPoints",
/// "percentOff", "amountOff", "receiptBottomCoupon"); money is decimal TRY; instants carry their offset.
/// Only the fields of the kind matter: <c>buyQuantity/getQuantity/percentOff/rewardTarget</c> (buy N get Y),
/// <c>percentOff</c>, <c>amountOff/threshold</c> (minimum spend), <c>threshold/bonusPoints</c>,
/// <c>issuedPromotionId/couponTitle/couponValidDays</c> (receipt-bottom coupon).
/// </summary>
internal sealed record PromotionRequest(
    string? Name,
    string? Kind,
    TargetRequest? Target = null,
    TargetRequest? RewardTarget = null,
    int? Priority = null,
    bool? Exclusive = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    IReadOnlyList<Guid>? StoreIds = null,
    decimal? Budget = null,
    bool? RequiresCoupon = null,
    int? PerCustomerLimit = null,
    IReadOnlyList<string>? Audience = null,
    int? BuyQuantity = null,
    int? GetQuantity = null,
    int? PercentOff = null,
    decimal? AmountOff = null,
    decimal? Threshold = null,
    long? BonusPoints = null,
    Guid? IssuedPromotionId = null,
    string? CouponTitle = null,
    int? CouponValidDays = null);

/// <param name="Kind">"any", "product", "category", "brand" or "tag".</param>
internal sealed record TargetRequest(string? Kind, Guid? Id = null, string? Tag = null);

internal sealed record PromotionResponse(
    Guid Id,
    string Name,
    string Kind,
    TargetRequest Target,
    TargetRequest? RewardTarget,
    int Priority,
    bool Exclusive,
    bool Paused,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    IReadOnlyList<Guid> StoreIds,
    decimal? Budget,
    decimal Spent,
    bool RequiresCoupon,
    int? PerCustomerLimit,
    IReadOnlyList<string> Audience,
    int BuyQuantity,
    int GetQuantity,
    int PercentOff,
    decimal AmountOff,
    decimal Threshold,
    long BonusPoints,
    Guid? IssuedPromotionId,
    string? CouponTitle,
    int CouponValidDays,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
