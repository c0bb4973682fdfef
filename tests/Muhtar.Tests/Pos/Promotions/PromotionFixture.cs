using Muhtar.Pos.Promotions;
using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Tests.Pos.Promotions;

/// <summary>A small shop for engine tests: a dairy shelf, nappies and baby food, one store, a fixed instant.</summary>
internal static class PromotionFixture
{
    public static readonly Guid Store = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherStore = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid Dairy = new("20000000-0000-0000-0000-000000000001");
    public static readonly Guid Nappies = new("20000000-0000-0000-0000-000000000002");
    public static readonly Guid BabyFood = new("20000000-0000-0000-0000-000000000003");
    public static readonly Guid Cheese = new("30000000-0000-0000-0000-000000000001");
    public static readonly Guid Milk = new("30000000-0000-0000-0000-000000000002");
    public static readonly Guid Ahmet = new("40000000-0000-0000-0000-000000000001");
    public static readonly Guid Zeynep = new("40000000-0000-0000-0000-000000000002");
    public static readonly DateTime At = new(2026, 12, 5, 10, 0, 0, DateTimeKind.Utc);

    public static ItemTarget DairyShelf => new(TargetKind.Category, Dairy);

    public static Guid Id(int n) => new($"50000000-0000-0000-0000-{n:D12}");

    public static PromotionLine Line(int lineNo, long unitPriceKurus, int quantityMilli, Guid? category = null, Guid? product = null,
        params string[] tags) =>
        new(lineNo, "869" + lineNo.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), product ?? Guid.NewGuid(),
            category ?? Dairy, null, null, tags, quantityMilli, unitPriceKurus);

    public static PromotionBasket Basket(params PromotionLine[] lines) => new(Store, null, At, [], lines);

    public static PromotionDefinition Promotion(int id, PromotionKind kind, ItemTarget? target = null) =>
        new(Id(id), "Kampanya " + id, kind, target ?? DairyShelf);

    public static PromotionDefinition PercentOff(int id, int percent, ItemTarget? target = null) =>
        Promotion(id, PromotionKind.PercentOff, target) with { PercentOff = percent };

    public static EvaluationResult Run(PromotionBasket basket, params PromotionDefinition[] promotions) =>
        PromotionEngine.Evaluate(new EvaluationInput(basket, promotions, [], new HashSet<string>()));

    public static EvaluationResult Run(PromotionBasket basket, IReadOnlyList<CouponFacts> coupons, IReadOnlySet<string> keys,
        params PromotionDefinition[] promotions) =>
        PromotionEngine.Evaluate(new EvaluationInput(basket, promotions, coupons, keys));

    public static long On(this PromotionOutcome outcome, int lineNo) => outcome.DiscountOn(lineNo);
}
