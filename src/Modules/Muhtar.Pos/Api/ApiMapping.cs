using Muhtar.Pos.Catalog;
using Muhtar.Pos.Queries;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Api;

/// <summary>Query views (kuruş, UTC, enums) to API shapes (TRY, offsets, lower-case words).</summary>
internal static class ApiMapping
{
    public static StoreResponse ToResponse(this StoreView s) => new(s.Id, s.Code, s.Name, s.City, s.District, s.TillCodes);

    public static ProductResponse ToResponse(this ProductView p) => new(
        p.Id, p.Barcode, p.Sku, p.Name, p.CategoryId, p.CategoryName, p.BrandName, p.SupplierName,
        Money.ToTry(p.PriceKurus), p.Unit == ProductUnit.Kilogram ? "kg" : "piece", p.Colour, p.Size, p.Tags);

    public static ReceiptResponse ToResponse(this ReceiptView r) => new(
        r.Id, r.StoreId, r.StoreCode, r.TillCode, r.Cashier, r.ReceiptNo, ApiTime.ToOffset(r.OccurredAt), r.CustomerId,
        Money.ToTry(r.SubtotalKurus), Money.ToTry(r.DiscountKurus), Money.ToTry(r.TotalKurus),
        r.PaymentType.ToString().ToLowerInvariant(),
        r.Lines.Select(l => new ReceiptLineResponse(l.LineNo, l.ProductId, l.Barcode, l.ProductName, Quantity.ToDecimal(l.QuantityMilli),
            Money.ToTry(l.UnitPriceKurus), Money.ToTry(l.DiscountKurus), Money.ToTry(l.LineTotalKurus))).ToList());
}
