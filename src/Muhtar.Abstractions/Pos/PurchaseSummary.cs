namespace Muhtar.Abstractions.Pos;

/// <summary>One receipt as another module (the customer timeline, clienteling) sees it. Money in kuruş.</summary>
public sealed record PurchaseSummary(
    Guid ReceiptId,
    DateTimeOffset OccurredAt,
    Guid StoreId,
    string StoreName,
    string ReceiptNo,
    int LineCount,
    long DiscountKurus,
    long TotalKurus,
    PaymentType PaymentType);
