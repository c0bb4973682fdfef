namespace Muhtar.Abstractions.Pos.Events;

/// <summary>A sale was stored (from a till, an e-shop, or an anonymous receipt later claimed by a customer).
/// Automation rules trigger on it ("when a receipt over 1,000 TL is posted…").</summary>
public sealed record ReceiptPosted(
    Guid ReceiptId,
    Guid? CustomerId,
    Guid StoreId,
    DateTime OccurredAt,
    long TotalKurus,
    long DiscountKurus,
    int LineCount,
    long PointsEarned);
