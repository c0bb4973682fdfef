namespace Muhtar.Abstractions.Pos.Events;

/// <summary>Goods of a receipt (or an online order) were returned in a store.</summary>
public sealed record ReceiptReturned(
    Guid ReturnId,
    Guid OriginalReceiptId,
    Guid? CustomerId,
    Guid StoreId,
    DateTime OccurredAt,
    long RefundKurus,
    long PointsReversed);
