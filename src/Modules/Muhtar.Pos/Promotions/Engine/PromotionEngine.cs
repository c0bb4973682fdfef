namespace Muhtar.Pos.Promotions.Engine;

/// <summary>
/// The promotion engine (P6): pure and deterministic, no database, no clock. Rules, in the order applied:
/// <list type="number">
/// <item>Promotions that are paused, outside their window, for other stores, for another audience, or that
/// need a coupon none of the presented valid codes unlocks, are skipped.</item>
/// <item>Discount promotions (buy N get Y, percent off, amount off) run by priority (higher first, ties by
/// id). Each works on what is left of a line after earlier discounts, so a line never goes below zero.
/// Stacking: an exclusive promotion only takes lines nothing discounted yet, and a line it discounts takes
/// nothing more; stackable promotions add up on lines without an exclusive one. A line therefore gets at
/// most one exclusive promotion.</item>
/// <item>Budget: a promotion whose discount on this basket would take it past its cap does not apply at
/// all (discount given so far + this one ≤ cap).</item>
/// <item>Bonus points come after every discount: the threshold compares what the customer pays (the
/// basket after discounts), "500 TL and over" including exactly 500 TL. Among exclusive points promotions
/// only the first that qualifies counts; stackable ones add up.</item>
/// <item>Receipt-bottom coupons: each active rule whose target is in the basket prints one coupon.</item>
/// </list>
/// </summary>
internal static class PromotionEngine
{
    public static EvaluationResult Evaluate(EvaluationInput input)
    {
        var basket = input.Basket;
        var byId = input.Promotions.ToDictionary(p => p.Id);
        var (unlocked, problems) = CheckCoupons(input, byId);
        var ordered = input.Promotions
            .Where(p => p.IsActiveAt(basket.At, basket.StoreId) && p.IsFor(input.CustomerKeys))
            .Where(p => !p.RequiresCoupon || unlocked.ContainsKey(p.Id))
            .OrderByDescending(p => p.Priority).ThenBy(p => p.Id)
            .ToList();

        var lines = basket.Lines.Select(WorkLine.From).ToList();
        var discounts = new List<AppliedDiscount>();
        var applied = new List<AppliedPromotion>();
        foreach (var promotion in ordered.Where(p => p.IsDiscount))
        {
            var given = Discount(promotion, lines);
            var total = given.Sum(g => g.Kurus);
            if (total <= 0 || (promotion.BudgetLeftKurus is { } left && total > left))
            {
                continue;
            }

            foreach (var (line, kurus) in given.Where(g => g.Kurus > 0))
            {
                line.RemainingKurus -= kurus;
                line.HasDiscount = true;
                line.HasExclusive |= promotion.Exclusive;
                discounts.Add(new AppliedDiscount(line.Line.LineNo, promotion.Id, kurus));
            }

            applied.Add(new AppliedPromotion(promotion.Id, promotion.Name, total, 0, unlocked.GetValueOrDefault(promotion.Id)));
        }

        var points = 0L;
        var exclusivePointsTaken = false;
        foreach (var promotion in ordered.Where(p => p.Kind == PromotionKind.BasketThresholdPoints))
        {
            var paid = lines.Where(l => promotion.Target.Matches(l.Line)).Sum(l => l.RemainingKurus);
            if (promotion.BonusPoints <= 0 || paid <= 0 || paid < promotion.ThresholdKurus || (promotion.Exclusive && exclusivePointsTaken))
            {
                continue;
            }

            exclusivePointsTaken |= promotion.Exclusive;
            points += promotion.BonusPoints;
            applied.Add(new AppliedPromotion(promotion.Id, promotion.Name, 0, promotion.BonusPoints, unlocked.GetValueOrDefault(promotion.Id)));
        }

        var coupons = new List<CouponToPrint>();
        foreach (var promotion in ordered.Where(p => p.Kind == PromotionKind.ReceiptBottomCoupon && p.IssuedPromotionId is not null))
        {
            if (lines.Any(l => l.GrossKurus > 0 && promotion.Target.Matches(l.Line)))
            {
                var expires = promotion.CouponValidDays > 0 ? basket.At.AddDays(promotion.CouponValidDays) : (DateTime?)null;
                coupons.Add(new CouponToPrint(promotion.IssuedPromotionId!.Value, promotion.CouponTitle ?? promotion.Name, null, expires));
                applied.Add(new AppliedPromotion(promotion.Id, promotion.Name, 0, 0, null));
            }
        }

        var outcome = new PromotionOutcome(discounts.OrderBy(d => d.LineNo).ToList(), points, coupons) { Applied = applied };
        return new EvaluationResult(outcome, problems);
    }

    private static (Dictionary<Guid, string> Unlocked, List<CouponProblem> Problems) CheckCoupons(
        EvaluationInput input, Dictionary<Guid, PromotionDefinition> byId)
    {
        var facts = input.Coupons.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var unlocked = new Dictionary<Guid, string>();
        var problems = new List<CouponProblem>();
        foreach (var code in input.Basket.CouponCodes.Select(CouponCheck.Normalize).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var coupon = facts.GetValueOrDefault(code);
            var promotion = coupon is null ? null : byId.GetValueOrDefault(coupon.PromotionId);
            if (CouponCheck.Check(coupon, promotion, input.Basket, input.CustomerKeys) is { } refusal)
            {
                problems.Add(new CouponProblem(code, refusal));
            }
            else
            {
                // Two codes of one promotion unlock it once; the first presented is the one redeemed.
                unlocked.TryAdd(coupon!.PromotionId, code);
            }
        }

        return (unlocked, problems);
    }

    private static List<(WorkLine Line, long Kurus)> Discount(PromotionDefinition promotion, List<WorkLine> lines) => promotion.Kind switch
    {
        PromotionKind.PercentOff => lines.Where(l => l.OpenTo(promotion) && promotion.Target.Matches(l.Line))
            .Select(l => (l, Percent(l.RemainingKurus, promotion.PercentOff))).ToList(),
        PromotionKind.AmountOff => AmountSplit.Split(promotion, lines.Where(l => l.OpenTo(promotion) && promotion.Target.Matches(l.Line)).ToList()),
        PromotionKind.BuyNGetY => BuyGetAllocation.Allocate(promotion, lines.Where(l => l.OpenTo(promotion)).ToList()),
        _ => [],
    };

    /// <summary>P% of an amount, rounded half away from zero to the kuruş and never more than the amount.</summary>
    public static long Percent(long kurus, int percent) =>
        Math.Min(kurus, (long)Math.Round(kurus * (decimal)Math.Clamp(percent, 0, 100) / 100m, MidpointRounding.AwayFromZero));
}
