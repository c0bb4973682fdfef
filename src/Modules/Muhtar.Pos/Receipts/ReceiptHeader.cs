using Muhtar.Abstractions.Pos;

namespace Muhtar.Pos.Receipts;

/// <summary>The header fields of a receipt as the till sends them; <see cref="OccurredAt"/> is UTC.</summary>
internal sealed record ReceiptHeader(
    Guid StoreId,
    string TillCode,
    string Cashier,
    string ReceiptNo,
    DateTime OccurredAt,
    Guid? CustomerId,
    PaymentType PaymentType);
