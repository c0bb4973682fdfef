namespace Muhtar.Pos.Checkout;

/// <summary>A validated basket: the store, the customer when known, and lines in kuruş and milli-units.</summary>
internal sealed record CheckoutBasket(
    StoreInfo Store,
    Guid? CustomerId,
    IReadOnlyList<string> CouponCodes,
    long RedeemPoints,
    IReadOnlyList<CheckoutLine> Lines);

/// <summary>A basket line numbered from 1 in the order the till sent it.</summary>
internal sealed record CheckoutLine(int LineNo, string Barcode, int QuantityMilli, long UnitPriceKurus);
