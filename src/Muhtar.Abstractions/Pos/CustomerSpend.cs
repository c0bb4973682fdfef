namespace Muhtar.Abstractions.Pos;

/// <summary>
/// A customer's purchases in total: how many receipts, how much (kuruş, after discounts) and when the
/// first and last were. The dates are null when the customer has bought nothing.
/// </summary>
public sealed record CustomerSpend(
    Guid CustomerId,
    int ReceiptCount,
    long TotalKurus,
    DateTimeOffset? FirstPurchaseAt,
    DateTimeOffset? LastPurchaseAt);
