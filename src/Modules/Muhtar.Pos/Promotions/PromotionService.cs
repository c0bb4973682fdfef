using Muhtar.Platform.Data;

namespace Muhtar.Pos.Promotions;

/// <summary>
/// The promotion engine's use cases (P6) for the till. Evaluation has no side effects; staging adds the
/// redemptions (coupon uses, budget spent, coupons issued) to the caller's context so that they are saved
/// with the receipt in one transaction.
/// SCAFFOLD (session 4 lead): applies no promotion until the promotions work lands.
/// </summary>
internal sealed class PromotionService
{
    /// <summary>Applies the active promotions to <paramref name="basket"/>. Throws RuleViolation naming
    /// "couponCodes" for an unknown, expired, used or foreign coupon.</summary>
    public Task<PromotionOutcome> EvaluateAsync(PromotionBasket basket, CancellationToken cancellationToken = default) =>
        Task.FromResult(PromotionOutcome.None);

    /// <summary>Records <paramref name="outcome"/> for <paramref name="receiptId"/> in <paramref name="db"/>
    /// (re-checking coupons and budgets inside the transaction) and returns the coupons issued, with codes.</summary>
    public Task<IReadOnlyList<CouponToPrint>> StageAsync(
        MuhtarDbContext db, Guid receiptId, PromotionBasket basket, PromotionOutcome outcome, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CouponToPrint>>([]);

    /// <summary>Coupons <paramref name="customerId"/> can use at <paramref name="at"/>, for the till lookup.</summary>
    public Task<IReadOnlyList<UsableCoupon>> UsableCouponsAsync(Guid customerId, DateTime at, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UsableCoupon>>([]);
}
