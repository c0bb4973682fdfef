using Muhtar.Abstractions.Loyalty;
using Muhtar.Abstractions.Pos;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;

namespace Muhtar.Loyalty.Accounts;

/// <summary>
/// What loyalty does to a basket, without I/O. In this order: a ready stamp card makes its cheapest stamping
/// unit free; points are redeemed (spread pro rata over what is left of each line); points are earned on what
/// is left after both, i.e. on what the customer pays in money. Promotion bonus points are spread over the
/// lines the same way, so a return takes back its share of them too.
/// </summary>
internal static class SaleCalculator
{
    private const int UnitMilli = 1000;

    private static readonly Int128 EarnDenominator = (Int128)100 * 1000 * 1000 * 1000;

    public static SaleCalculation Calculate(LoyaltyBasket basket, SaleTerms terms)
    {
        var lines = basket.Lines;
        var left = lines.Select(l => Math.Max(0, l.NetKurus)).ToArray();
        var discounts = new List<LoyaltyLineDiscount>();
        var known = basket.CustomerId != Guid.Empty;

        var cards = known ? terms.Cards.Select(c => StampCardOutcome(c, lines, left, discounts)).Where(c => c is not null).Select(c => c!).ToList() : [];

        var (redeemLines, redemptionKurus, problem, maxPoints) = Redeem(basket, terms, left, discounts);

        var earnLines = new List<LedgerLine>();
        if (terms.Earns)
        {
            var rate = terms.Programme!.EarnRateMilli;
            var points = Earned(lines.Select((l, i) => EarnNumerator(left[i], rate, Multiplier(l, terms.Rules), terms.TierMultiplierMilli)).ToArray());
            var bonus = Proportion.Split(Math.Max(0, basket.BonusPoints), left);
            earnLines.AddRange(lines.Select((l, i) => new LedgerLine(l.LineNo, points[i] + bonus[i], l.QuantityMilli)));
        }

        var stamps = cards.Where(c => c.StampsAdded > 0 || c.RewardLineNo is not null)
            .Select(c => new StampChange(c.Card.Id, c.Card.Name, c.StampsAdded, c.RewardLineNo is null ? 0 : 1)).ToList();
        var quote = new LoyaltyQuote(
            earnLines.Sum(l => l.Amount), redeemLines.Sum(l => l.Amount), redemptionKurus, discounts, stamps);
        return new SaleCalculation(quote, earnLines, redeemLines, cards, problem, maxPoints);
    }

    /// <summary>The highest multiplier of the rules matching the line; 1x when none does.</summary>
    public static int Multiplier(LoyaltyLine line, IReadOnlyList<EarnRule> rules) =>
        rules.Where(r => Matches(r.TargetKind, r.TargetId, line)).Select(r => r.MultiplierMilli).DefaultIfEmpty(LoyaltyProgramme.OneX).Max();

    public static bool Matches(CatalogKind kind, Guid id, LoyaltyLine line) => kind switch
    {
        CatalogKind.Product => line.ProductId == id,
        CatalogKind.Category => line.CategoryId == id,
        CatalogKind.Brand => line.BrandId == id,
        CatalogKind.Supplier => line.SupplierId == id,
        _ => false,
    };

    /// <summary>Stamps of a line: one per unit, one for a weighed line, none for a return line.</summary>
    public static int Stamps(int quantityMilli) =>
        quantityMilli <= 0 ? 0 : quantityMilli % UnitMilli == 0 ? quantityMilli / UnitMilli : 1;

    /// <summary>Points of a line before rounding, as a numerator over <see cref="EarnDenominator"/>: kuruş → TL
    /// (/100) and three thousandths factors (/1000 each).</summary>
    private static Int128 EarnNumerator(long paidKurus, int rateMilli, int ruleMilli, int tierMilli) =>
        (Int128)paidKurus * rateMilli * ruleMilli * tierMilli;

    /// <summary>
    /// The basket's points rounded down once, then split over the lines by their exact shares (kept per line
    /// so a return takes back its part). Rounding each line down instead would lose up to a point per line:
    /// six items at 15,50 TL would earn 90 points, not 93.
    /// </summary>
    private static long[] Earned(Int128[] numerators)
    {
        Int128 sum = 0;
        foreach (var n in numerators)
        {
            sum += n;
        }

        // Weights in millionths of a point fit a long for any real basket and keep the split exact enough.
        var weights = numerators.Select(n => (long)(n / (EarnDenominator / 1_000_000))).ToArray();
        return Proportion.Split((long)(sum / EarnDenominator), weights);
    }

    private static CardOutcome? StampCardOutcome(CardState state, IReadOnlyList<LoyaltyLine> lines, long[] left, List<LoyaltyLineDiscount> discounts)
    {
        var stamping = lines.Select((l, i) => (Line: l, Index: i))
            .Where(x => state.Card.Targets.Any(t => Matches(t.Kind, t.TargetId, x.Line))).ToList();
        if (stamping.Count == 0)
        {
            return null;
        }

        int? rewardLine = null;
        if (state.RewardReady)
        {
            // The cheapest whole unit (after promotions) among stamping lines; weighed lines have no unit to give.
            var cheapest = stamping.Where(x => x.Line.QuantityMilli >= UnitMilli && x.Line.QuantityMilli % UnitMilli == 0 && left[x.Index] > 0)
                .Select(x => (x.Index, x.Line.LineNo, Unit: Math.Min(left[x.Index], x.Line.NetKurus * UnitMilli / x.Line.QuantityMilli)))
                .OrderBy(x => x.Unit).ThenBy(x => x.LineNo).FirstOrDefault();
            if (cheapest.Unit > 0)
            {
                left[cheapest.Index] -= cheapest.Unit;
                discounts.Add(new LoyaltyLineDiscount(cheapest.LineNo, "stamp:" + state.Card.Id.ToString("D"), cheapest.Unit));
                rewardLine = cheapest.LineNo;
            }
        }

        // The free unit does not stamp the card again.
        var stampLines = stamping.Select(x => new LedgerLine(
                x.Line.LineNo, Math.Max(0, Stamps(x.Line.QuantityMilli) - (x.Line.LineNo == rewardLine ? 1 : 0)), x.Line.QuantityMilli))
            .ToList();
        return new CardOutcome(state.Card, stampLines, rewardLine);
    }

    private static (List<LedgerLine> Lines, long Kurus, RedemptionProblem? Problem, long MaxPoints) Redeem(
        LoyaltyBasket basket, SaleTerms terms, long[] left, List<LoyaltyLineDiscount> discounts)
    {
        var programme = terms.Programme;
        var maxPoints = 0L;
        if (programme is { IsActive: true, PointValueKurus: > 0 })
        {
            var maxKurus = (long)((Int128)left.Sum() * programme.MaxRedeemPercent / 100);
            maxPoints = Math.Min(terms.Balance, maxKurus / programme.PointValueKurus);
        }

        if (basket.RedeemPoints <= 0)
        {
            return ([], 0, null, maxPoints);
        }

        RedemptionProblem? problem = programme is not { IsActive: true } ? RedemptionProblem.NoProgramme
            : basket.CustomerId == Guid.Empty ? RedemptionProblem.NoCustomer
            : basket.RedeemPoints < programme.MinRedeemPoints ? RedemptionProblem.BelowMinimum
            : basket.RedeemPoints > terms.Balance ? RedemptionProblem.AboveBalance
            : basket.RedeemPoints > maxPoints ? RedemptionProblem.AboveMaxShare
            : null;
        if (problem is not null)
        {
            return ([], 0, problem, maxPoints);
        }

        var kurus = basket.RedeemPoints * programme!.PointValueKurus;
        var kurusParts = Proportion.Split(kurus, left);
        var pointParts = Proportion.Split(basket.RedeemPoints, left);
        var lines = new List<LedgerLine>();
        for (var i = 0; i < left.Length; i++)
        {
            var line = basket.Lines[i];
            if (kurusParts[i] > 0)
            {
                discounts.Add(new LoyaltyLineDiscount(line.LineNo, "points", kurusParts[i]));
            }

            left[i] -= kurusParts[i];
            lines.Add(new LedgerLine(line.LineNo, pointParts[i], line.QuantityMilli));
        }

        return (lines, kurus, null, maxPoints);
    }
}
