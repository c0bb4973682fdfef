namespace Muhtar.Pos.Promotions.Engine;

/// <summary>What a promotion does. Whether it needs a coupon is separate (<see cref="PromotionDefinition.RequiresCoupon"/>),
/// so any kind can be a coupon promotion ("with this coupon 20% off baby food").</summary>
internal enum PromotionKind
{
    /// <summary>Buy N of X, get M of Y at P% off ("3 al 2 öde" is N=2, M=1, P=100 with Y = X).</summary>
    BuyNGetY,

    /// <summary>A basket (or the target's lines) of at least T after discounts earns B bonus points.</summary>
    BasketThresholdPoints,

    /// <summary>P% off every target line.</summary>
    PercentOff,

    /// <summary>A fixed amount off the target lines together, once per basket, when they reach the minimum spend.</summary>
    AmountOff,

    /// <summary>When the basket holds the target, print a coupon of another promotion under the receipt.</summary>
    ReceiptBottomCoupon,
}
