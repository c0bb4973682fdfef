namespace Muhtar.Pos.Promotions.Engine;

/// <summary>
/// "X TL off the category": once per basket, when the target lines together reach the minimum spend
/// (<see cref="PromotionDefinition.ThresholdKurus"/>), the amount (at most what the lines come to) is spread
/// over them in proportion to what is left of each, the odd kuruş going to the largest remainders.
/// </summary>
internal static class AmountSplit
{
    public static List<(WorkLine Line, long Kurus)> Split(PromotionDefinition promotion, List<WorkLine> lines)
    {
        var open = lines.Sum(l => l.RemainingKurus);
        if (open <= 0 || promotion.AmountOffKurus <= 0 || open < promotion.ThresholdKurus)
        {
            return [];
        }

        var amount = Math.Min(promotion.AmountOffKurus, open);
        var shares = lines.Select(l =>
        {
            var exact = (decimal)amount * l.RemainingKurus / open;
            var floor = (long)decimal.Floor(exact);
            return (Line: l, Kurus: floor, Fraction: exact - floor);
        }).ToList();

        var left = amount - shares.Sum(s => s.Kurus);
        foreach (var index in Enumerable.Range(0, shares.Count)
                     .OrderByDescending(i => shares[i].Fraction).ThenBy(i => shares[i].Line.Line.LineNo).ToList())
        {
            if (left == 0)
            {
                break;
            }

            var share = shares[index];
            if (share.Kurus < share.Line.RemainingKurus)
            {
                shares[index] = share with { Kurus = share.Kurus + 1 };
                left--;
            }
        }

        return shares.Select(s => (s.Line, s.Kurus)).ToList();
    }
}
