using Muhtar.Abstractions.Pos;

namespace Muhtar.Pos.Queries;

/// <summary>A receipt as lists show it; money in kuruş, <see cref="OccurredAt"/> in UTC.</summary>
internal sealed record ReceiptView(
    Guid Id,
    Guid StoreId,
    string StoreCode,
    string StoreName,
    string TillCode,
    string Cashier,
    string ReceiptNo,
    DateTime OccurredAt,
    Guid? CustomerId,
    long SubtotalKurus,
    long DiscountKurus,
    long TotalKurus,
    PaymentType PaymentType,
    int LineCount)
{
    /// <summary>Filled only when the lines were asked for.</summary>
    public IReadOnlyList<ReceiptLineView> Lines { get; init; } = [];
}
