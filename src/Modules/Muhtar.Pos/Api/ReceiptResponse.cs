namespace Muhtar.Pos.Api;

/// <summary>A stored receipt in the API: money in TRY, quantity as a decimal, paymentType "cash"|"card"|"other".</summary>
internal sealed record ReceiptResponse(
    Guid Id,
    Guid StoreId,
    string StoreCode,
    string TillCode,
    string Cashier,
    string ReceiptNo,
    DateTimeOffset OccurredAt,
    Guid? CustomerId,
    decimal Subtotal,
    decimal Discount,
    decimal Total,
    string PaymentType,
    IReadOnlyList<ReceiptLineResponse> Lines);

internal sealed record ReceiptLineResponse(
    int LineNo,
    Guid? ProductId,
    string Barcode,
    string? ProductName,
    decimal Quantity,
    decimal UnitPrice,
    decimal Discount,
    decimal LineTotal);
