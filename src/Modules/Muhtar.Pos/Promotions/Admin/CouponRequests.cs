namespace Muhtar.Pos.Promotions.Admin;

/// <summary>
/// The body of POST /api/v1/pos/coupons: <c>count</c> new random codes (a batch, default 1), or one chosen
/// <c>code</c>. <c>maxRedemptions</c> defaults to 1 (single use); <c>unlimited</c> makes a multi-use code
/// without a limit. <c>customerId</c> reserves the code(s) for one customer.
/// </summary>
internal sealed record CouponRequest(
    Guid? PromotionId,
    int? Count = null,
    string? Code = null,
    Guid? CustomerId = null,
    DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidUntil = null,
    int? MaxRedemptions = null,
    bool? Unlimited = null);

internal sealed record CouponResponse(
    Guid Id,
    Guid PromotionId,
    string PromotionName,
    string Code,
    string? Title,
    Guid? CustomerId,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    int? MaxRedemptions,
    int Redemptions,
    Guid? IssuedByReceiptId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<RedemptionResponse> RedemptionList);

internal sealed record RedemptionResponse(Guid ReceiptId, Guid? CustomerId, decimal Discount, long BonusPoints, DateTimeOffset RedeemedAt);

internal sealed record CouponBatchResponse(IReadOnlyList<CouponResponse> Items);
