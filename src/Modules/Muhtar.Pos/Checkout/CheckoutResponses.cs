using Muhtar.Abstractions.Customers;

namespace Muhtar.Pos.Checkout;

/// <summary>Who is at the till (../shared/API.md). <see cref="Segment"/> stays null until RFM segments exist (issue 7).</summary>
internal sealed record LookupResponse(
    CustomerSummary Customer,
    string? Segment,
    string Salutation,
    PointsResponse Points,
    IReadOnlyList<StampCardResponse> StampCards,
    IReadOnlyList<CouponResponse> Coupons,
    string Hint);

internal sealed record PointsResponse(long Balance, decimal Value);

internal sealed record StampCardResponse(Guid Id, string Name, int Stamps, int Required, bool RewardReady);

internal sealed record CouponResponse(string Code, string Title, DateTimeOffset? ExpiresAt);

/// <summary>
/// What the basket costs. <c>promotions</c> per line lists where each discount came from: a promotion's id,
/// "points" for the points redemption and "stamp:{cardId}" for a stamp card's free item.
/// </summary>
internal sealed record EvaluationResponse(
    IReadOnlyList<EvaluationLineResponse> Lines,
    decimal Subtotal,
    decimal DiscountTotal,
    decimal Total,
    long PointsToEarn,
    IReadOnlyList<CouponToPrintResponse> CouponsToPrint);

internal sealed record EvaluationLineResponse(
    int LineNo, string Barcode, decimal Quantity, decimal UnitPrice, decimal Discount, IReadOnlyList<string> Promotions);

internal sealed record CouponToPrintResponse(string? Code, string Title, DateTimeOffset? ExpiresAt);

internal sealed record ReceiptPostedResponse(
    Guid ReceiptId,
    EvaluationResponse Evaluation,
    long PointsEarned,
    long PointsRedeemed,
    long? Balance,
    IReadOnlyList<CouponToPrintResponse> CouponsIssued);

internal sealed record ReturnResponse(
    Guid ReturnId,
    Guid OriginalReceiptId,
    decimal Refund,
    IReadOnlyList<ReturnLineResponse> Lines,
    long PointsReversed,
    long? Balance);

internal sealed record ReturnLineResponse(int LineNo, string Barcode, decimal Quantity, decimal Refund);

internal sealed record ClaimResponse(Guid ReceiptId, Guid CustomerId, long PointsEarned, long Balance);
