namespace Muhtar.Abstractions.Pos.Events;

/// <summary>An anonymous receipt was added to a customer's account afterwards ("add this receipt to my
/// account", by phone); its points were awarded then.</summary>
public sealed record ReceiptClaimed(
    Guid ReceiptId,
    Guid CustomerId,
    Guid StoreId,
    DateTime OccurredAt,
    long TotalKurus,
    long PointsEarned);
