namespace Muhtar.Abstractions.Loyalty;

/// <summary>Lines given back against an original receipt. <paramref name="ReturnedQuantityMilli"/> out of
/// the line's original quantity decides the share of its points and stamps that is reversed.</summary>
public sealed record LoyaltyReturn(
    Guid ReturnId,
    Guid OriginalReceiptId,
    Guid CustomerId,
    DateTime OccurredAt,
    IReadOnlyList<LoyaltyReturnLine> Lines);

public sealed record LoyaltyReturnLine(int LineNo, int OriginalQuantityMilli, int ReturnedQuantityMilli);
