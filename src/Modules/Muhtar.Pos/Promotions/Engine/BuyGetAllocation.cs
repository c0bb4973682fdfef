namespace Muhtar.Pos.Promotions.Engine;

/// <summary>
/// "Buy N of X, get M of Y at P% off". Only whole units count (a weighed 0.350 kg line has none). Units that
/// are both X and Y ("3 al 2 öde", Y = X) serve either side. The number of deals is the most the units
/// allow; the rewarded units are Y-only units first, then shared ones, cheapest first in each (the usual
/// till rule: the cheapest item is the free one). Each rewarded unit gets P% of its unit price off, and a
/// line never loses more than what is left of it.
/// </summary>
internal static class BuyGetAllocation
{
    public static List<(WorkLine Line, long Kurus)> Allocate(PromotionDefinition promotion, List<WorkLine> lines)
    {
        var n = promotion.BuyQuantity;
        var m = promotion.GetQuantity;
        var reward = promotion.RewardTarget ?? promotion.Target;
        if (n <= 0 || m <= 0 || promotion.PercentOff <= 0)
        {
            return [];
        }

        var xOnly = new List<WorkLine>();
        var yOnly = new List<WorkLine>();
        var both = new List<WorkLine>();
        foreach (var line in lines.Where(l => l.WholeUnits > 0))
        {
            var isX = promotion.Target.Matches(line.Line);
            var isY = reward.Matches(line.Line);
            (isX && isY ? both : isX ? xOnly : isY ? yOnly : null)?.Add(line);
        }

        long x = xOnly.Sum(l => (long)l.WholeUnits), y = yOnly.Sum(l => (long)l.WholeUnits), b = both.Sum(l => (long)l.WholeUnits);
        var deals = Math.Min(Math.Min((x + b) / n, (y + b) / m), (x + y + b) / (n + m));
        if (deals <= 0)
        {
            return [];
        }

        var units = new Dictionary<WorkLine, long>();
        var wanted = deals * m;
        wanted = TakeCheapest(yOnly, wanted, units);
        TakeCheapest(both, wanted, units);
        return units.Select(u => (u.Key, Math.Min(u.Key.RemainingKurus, u.Value * PromotionEngine.Percent(u.Key.Line.UnitPriceKurus, promotion.PercentOff))))
            .OrderBy(u => u.Key.Line.LineNo)
            .Select(u => (u.Key, u.Item2))
            .ToList();
    }

    private static long TakeCheapest(List<WorkLine> lines, long wanted, Dictionary<WorkLine, long> units)
    {
        foreach (var line in lines.OrderBy(l => l.Line.UnitPriceKurus).ThenBy(l => l.Line.LineNo))
        {
            if (wanted <= 0)
            {
                break;
            }

            var take = Math.Min(wanted, line.WholeUnits);
            units[line] = take;
            wanted -= take;
        }

        return wanted;
    }
}
