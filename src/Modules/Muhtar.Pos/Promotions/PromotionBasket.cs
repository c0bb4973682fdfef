namespace Muhtar.Pos.Promotions;

/// <summary>A basket as the promotion engine sees it (P6): lines resolved against the catalogue, the
/// customer when known, and the coupon codes the cashier scanned. Built once by the till and used by both
/// evaluate and receipts, so the two always agree.</summary>
internal sealed record PromotionBasket(
    Guid StoreId,
    Guid? CustomerId,
    DateTime At,
    IReadOnlyList<string> CouponCodes,
    IReadOnlyList<PromotionLine> Lines);

/// <summary>A basket line; catalogue ids are null for a barcode the catalogue does not know.</summary>
internal sealed record PromotionLine(
    int LineNo,
    string Barcode,
    Guid? ProductId,
    Guid? CategoryId,
    Guid? BrandId,
    Guid? SupplierId,
    IReadOnlyList<string> Tags,
    int QuantityMilli,
    long UnitPriceKurus);
