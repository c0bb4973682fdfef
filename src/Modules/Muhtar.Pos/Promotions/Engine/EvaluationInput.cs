namespace Muhtar.Pos.Promotions.Engine;

/// <summary>Everything one evaluation depends on, so the same input always gives the same outcome.</summary>
/// <param name="Promotions">The business's promotions (the engine itself skips paused, out-of-window and other-store ones).</param>
/// <param name="Coupons">Stored facts of the presented coupon codes that exist; a presented code without facts is unknown.</param>
/// <param name="CustomerKeys">The basket customer's audience keys ("tag:vip", "tier:altın"); empty for an anonymous basket.</param>
internal sealed record EvaluationInput(
    PromotionBasket Basket,
    IReadOnlyList<PromotionDefinition> Promotions,
    IReadOnlyList<CouponFacts> Coupons,
    IReadOnlySet<string> CustomerKeys);

/// <summary>The outcome plus every presented coupon that was refused, for the service to report by field.</summary>
internal sealed record EvaluationResult(PromotionOutcome Outcome, IReadOnlyList<CouponProblem> CouponProblems);
