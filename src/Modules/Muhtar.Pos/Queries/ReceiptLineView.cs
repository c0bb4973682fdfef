namespace Muhtar.Pos.Queries;

internal sealed record ReceiptLineView(
    Guid ReceiptId,
    int LineNo,
    Guid? ProductId,
    string Barcode,
    string? ProductName,
    int QuantityMilli,
    long UnitPriceKurus,
    long DiscountKurus,
    long LineTotalKurus);
