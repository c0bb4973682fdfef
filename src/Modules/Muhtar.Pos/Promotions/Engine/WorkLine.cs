using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Promotions.Engine;

/// <summary>A basket line during one evaluation: what is left to discount and which stacking marks it carries.</summary>
internal sealed class WorkLine(PromotionLine line)
{
    public PromotionLine Line { get; } = line;

    /// <summary>Unit price × quantity rounded to the kuruş, as the receipt line will have it.</summary>
    public long GrossKurus { get; } = line.QuantityMilli > 0 && line.UnitPriceKurus > 0 ? Quantity.Amount(line.UnitPriceKurus, line.QuantityMilli) : 0;

    public long RemainingKurus { get; set; }

    /// <summary>Whole units on the line (a weighed 0.350 kg is none; 2.000 is two).</summary>
    public int WholeUnits => Line.QuantityMilli > 0 ? Line.QuantityMilli / Quantity.Scale : 0;

    public bool HasDiscount { get; set; }

    public bool HasExclusive { get; set; }

    /// <summary>The stacking rule: an exclusive promotion takes only untouched lines; nothing joins an exclusive one.</summary>
    public bool OpenTo(PromotionDefinition promotion) =>
        RemainingKurus > 0 && !HasExclusive && (!promotion.Exclusive || !HasDiscount);

    public static WorkLine From(PromotionLine line)
    {
        var work = new WorkLine(line);
        work.RemainingKurus = work.GrossKurus;
        return work;
    }
}
