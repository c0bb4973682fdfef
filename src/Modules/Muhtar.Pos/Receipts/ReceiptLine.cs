using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Receipts;

/// <summary>
/// One line of a receipt (P2). Keyed by (receipt, line number). The product is referenced by id when
/// the barcode was known to the catalogue at the time; the barcode is always kept as scanned.
/// </summary>
internal sealed class ReceiptLine : ITenantScoped
{
    private ReceiptLine()
    {
    }

    public ReceiptLine(int lineNo, Guid? productId, string barcode, int quantityMilli, long unitPriceKurus, long discountKurus)
    {
        var gross = Quantity.Amount(unitPriceKurus, quantityMilli);
        if (discountKurus < 0 || discountKurus > gross)
        {
            throw new ArgumentOutOfRangeException(nameof(discountKurus), discountKurus, "A line discount is between zero and the line amount.");
        }

        LineNo = lineNo;
        ProductId = productId;
        Barcode = barcode;
        QuantityMilli = quantityMilli;
        UnitPriceKurus = unitPriceKurus;
        DiscountKurus = discountKurus;
        LineTotalKurus = gross - discountKurus;
    }

    public Guid ReceiptId { get; private set; }

    public int LineNo { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid? ProductId { get; private set; }

    public string Barcode { get; private set; } = "";

    /// <summary>Quantity in thousandths (<see cref="Quantity"/>): 2 pieces = 2000, 0.350 kg = 350.</summary>
    public int QuantityMilli { get; private set; }

    public long UnitPriceKurus { get; private set; }

    public long DiscountKurus { get; private set; }

    /// <summary>Unit price × quantity (rounded to the kuruş) minus the discount.</summary>
    public long LineTotalKurus { get; private set; }

    public long GrossKurus => LineTotalKurus + DiscountKurus;

    /// <summary>Set by the receipt that takes the line, so the key is complete before EF's fix-up (bulk writes have none).</summary>
    internal void BelongTo(Guid receiptId) => ReceiptId = receiptId;
}
