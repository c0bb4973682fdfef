using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Promotions.Coupons;
using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Pos.Promotions;

/// <summary>
/// The promotion engine's use cases (P6) for the till. Evaluation has no side effects; staging adds the
/// redemptions (coupon uses, budget spent, coupons issued) to the caller's context so that they are saved
/// with the receipt in one transaction. Definitions come from <see cref="PromotionCache"/>; coupons and
/// budget counters are always read from the database.
/// </summary>
internal sealed class PromotionService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    PromotionCache cache,
    CustomerKeys customerKeys,
    CouponCodes codes,
    TimeProvider time,
    IStringLocalizer<PromotionsResource> text)
{
    /// <summary>Applies the active promotions to <paramref name="basket"/>. Throws RuleViolation naming
    /// "couponCodes" for an unknown, expired, used or foreign coupon.</summary>
    public async Task<PromotionOutcome> EvaluateAsync(PromotionBasket basket, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await EvaluateAsync(db, basket, cancellationToken);
        return result.Outcome;
    }

    /// <summary>Records <paramref name="outcome"/> for <paramref name="receiptId"/> in <paramref name="db"/>
    /// (re-checking coupons and budgets inside the transaction) and returns the coupons issued, with codes.
    /// Coupon uses and budget spend are conditional UPDATEs run at once, so the caller must have begun its
    /// transaction on <paramref name="db"/>: a refused coupon or an exhausted budget is a RuleViolation (409)
    /// naming "couponCodes" or "promotions", and rolling back undoes everything.</summary>
    public async Task<IReadOnlyList<CouponToPrint>> StageAsync(
        MuhtarDbContext db, Guid receiptId, PromotionBasket basket, PromotionOutcome outcome, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Promotions are staged inside the receipt's transaction.");
        }

        var definitions = (await cache.GetAsync(cancellationToken)).ToDictionary(p => p.Id);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var applied in outcome.Applied)
        {
            var promotion = definitions.GetValueOrDefault(applied.PromotionId)
                ?? throw new RuleViolation("promotions", text["Staging.PromotionGone", applied.Name], 409);
            if (applied.CouponCode is { } code)
            {
                db.Add(await RedeemAsync(db, promotion, code, basket, receiptId, applied, now, cancellationToken));
            }

            if (applied.DiscountKurus > 0 && promotion.BudgetKurus is not null)
            {
                var amount = applied.DiscountKurus;
                var taken = await db.Set<Promotion>()
                    .Where(p => p.Id == promotion.Id && p.SpentKurus + amount <= p.BudgetKurus)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.SpentKurus, p => p.SpentKurus + amount), cancellationToken);
                if (taken == 0)
                {
                    throw new RuleViolation("promotions", text["Staging.BudgetExhausted", promotion.Name], 409).With("promotionId", promotion.Id);
                }
            }
        }

        var issued = new List<CouponToPrint>();
        foreach (var print in outcome.CouponsToPrint)
        {
            var code = await codes.NewAsync(db, cancellationToken);
            db.Add(new Coupon(print.PromotionId, code, basket.CustomerId, basket.At, print.ExpiresAt, 1, print.Title, receiptId, now));
            issued.Add(print with { Code = code });
        }

        return issued;
    }

    /// <summary>Coupons <paramref name="customerId"/> can use at <paramref name="at"/>, for the till lookup.</summary>
    public async Task<IReadOnlyList<UsableCoupon>> UsableCouponsAsync(Guid customerId, DateTime at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from c in db.Set<Coupon>().AsNoTracking()
                          join p in db.Set<Promotion>().AsNoTracking() on c.PromotionId equals p.Id
                          where c.CustomerId == customerId && !p.Paused
                                && (c.ValidFrom == null || c.ValidFrom <= at) && (c.ValidUntil == null || c.ValidUntil > at)
                                && (p.StartsAt == null || p.StartsAt <= at) && (p.EndsAt == null || p.EndsAt > at)
                                && (c.MaxRedemptions == null || c.Redemptions < c.MaxRedemptions)
                          orderby c.ValidUntil, c.Code
                          select new { c.Code, Title = c.Title ?? p.Name, c.ValidUntil })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new UsableCoupon(r.Code, r.Title, r.ValidUntil)).ToList();
    }

    private async Task<EvaluationResult> EvaluateAsync(MuhtarDbContext db, PromotionBasket basket, CancellationToken cancellationToken)
    {
        var definitions = await cache.GetAsync(cancellationToken);
        var live = definitions.Where(p => p.IsActiveAt(basket.At, basket.StoreId)).ToList();
        if (live.Count == 0)
        {
            return new EvaluationResult(PromotionOutcome.None, []);
        }

        live = await WithFreshBudgetsAsync(db, live, cancellationToken);
        var coupons = await CouponFactsAsync(db, basket, cancellationToken);
        var keys = live.Any(p => p.Audience is { Count: > 0 }) && basket.CustomerId is { } customer
            ? await customerKeys.ForAsync(customer, cancellationToken)
            : new HashSet<string>();
        var result = PromotionEngine.Evaluate(new EvaluationInput(basket, live, coupons, keys));
        if (result.CouponProblems.Count > 0)
        {
            throw Refused(result.CouponProblems[0].Code, result.CouponProblems[0].Reason);
        }

        return result;
    }

    private static async Task<List<PromotionDefinition>> WithFreshBudgetsAsync(
        MuhtarDbContext db, List<PromotionDefinition> live, CancellationToken cancellationToken)
    {
        var capped = live.Where(p => p.BudgetKurus is not null).Select(p => p.Id).ToList();
        if (capped.Count == 0)
        {
            return live;
        }

        var spent = await db.Set<Promotion>().AsNoTracking().Where(p => capped.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.SpentKurus, cancellationToken);
        return live.Select(p => spent.TryGetValue(p.Id, out var s) ? p with { SpentKurus = s } : p).ToList();
    }

    private static async Task<List<CouponFacts>> CouponFactsAsync(MuhtarDbContext db, PromotionBasket basket, CancellationToken cancellationToken)
    {
        var presented = basket.CouponCodes.Select(CouponCheck.Normalize).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (presented.Count == 0)
        {
            return [];
        }

        var coupons = await db.Set<Coupon>().AsNoTracking().Where(c => presented.Contains(c.Code)).ToListAsync(cancellationToken);
        var promotionIds = coupons.Select(c => c.PromotionId).Distinct().ToList();
        var used = basket.CustomerId is { } customer
            ? await db.Set<CouponRedemption>().AsNoTracking()
                .Where(r => r.CustomerId == customer && promotionIds.Contains(r.PromotionId))
                .GroupBy(r => r.PromotionId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken)
            : [];
        return coupons.Select(c => new CouponFacts(
            c.Code, c.PromotionId, c.CustomerId, c.ValidFrom, c.ValidUntil, c.MaxRedemptions, c.Redemptions, used.GetValueOrDefault(c.PromotionId))).ToList();
    }

    private async Task<CouponRedemption> RedeemAsync(
        MuhtarDbContext db, PromotionDefinition promotion, string code, PromotionBasket basket, Guid receiptId, AppliedPromotion applied,
        DateTime now, CancellationToken cancellationToken)
    {
        if (promotion.PerCustomerLimit is not null)
        {
            // Two receipts of one customer at once would both count N earlier uses and take use N+1 (the unique
            // index would then fail one of them with a 500). Locking the promotion row first makes the second wait
            // and count afresh, so it is refused as "limit reached".
            await db.Set<Promotion>().Where(p => p.Id == promotion.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.SpentKurus, p => p.SpentKurus), cancellationToken);
        }

        var facts = (await CouponFactsAsync(db, basket with { CouponCodes = [code] }, cancellationToken)).SingleOrDefault();
        var keys = promotion.Audience is { Count: > 0 } && basket.CustomerId is { } customer
            ? await customerKeys.ForAsync(customer, cancellationToken)
            : new HashSet<string>();
        if (CouponCheck.Check(facts, promotion, basket, keys) is { } refusal)
        {
            throw Refused(code, refusal);
        }

        var couponId = await db.Set<Coupon>().Where(c => c.Code == code).Select(c => c.Id).SingleAsync(cancellationToken);
        // The guard: on PostgreSQL a second receipt waits for the first one's row lock, then finds the count taken.
        var taken = await db.Set<Coupon>()
            .Where(c => c.Id == couponId && (c.MaxRedemptions == null || c.Redemptions < c.MaxRedemptions))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Redemptions, c => c.Redemptions + 1), cancellationToken);
        if (taken == 0)
        {
            throw Refused(code, CouponRefusal.UsedUp);
        }

        int? sequence = facts!.MaxRedemptions is null
            ? null
            : await db.Set<Coupon>().Where(c => c.Id == couponId).Select(c => c.Redemptions).SingleAsync(cancellationToken);
        int? customerSequence = promotion.PerCustomerLimit is null ? null : facts.CustomerRedemptions + 1;
        return new CouponRedemption(couponId, promotion.Id, receiptId, basket.CustomerId, sequence, customerSequence,
            applied.DiscountKurus, applied.BonusPoints, now);
    }

    private RuleViolation Refused(string code, CouponRefusal reason) =>
        new RuleViolation("couponCodes", text[$"Coupon.{reason}", code],
            reason is CouponRefusal.UsedUp or CouponRefusal.CustomerLimitReached ? 409 : 422).With("couponCode", code);
}
