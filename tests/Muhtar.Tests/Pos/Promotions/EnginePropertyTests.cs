using Muhtar.Pos.Promotions;
using Muhtar.Pos.Promotions.Engine;
using Muhtar.Pos.Receipts;
using static Muhtar.Tests.Pos.Promotions.PromotionFixture;

namespace Muhtar.Tests.Pos.Promotions;

/// <summary>Random baskets against random promotion sets (seeded, so a failure can be replayed by its seed).</summary>
public sealed class EnginePropertyTests
{
    private static readonly Guid[] Categories = [Dairy, Nappies, BabyFood];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, 40))
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Discounts_never_exceed_a_line_or_the_basket_and_the_same_input_gives_the_same_outcome(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 25; round++)
        {
            var basket = RandomBasket(random);
            var promotions = Enumerable.Range(1, random.Next(1, 8)).Select(i => RandomPromotion(random, i)).ToList();

            var first = PromotionEngine.Evaluate(new EvaluationInput(basket, promotions, [], new HashSet<string>())).Outcome;
            var again = PromotionEngine.Evaluate(new EvaluationInput(basket, promotions, [], new HashSet<string>())).Outcome;
            var shuffled = PromotionEngine.Evaluate(new EvaluationInput(
                basket, promotions.OrderBy(_ => random.Next()).ToList(), [], new HashSet<string>())).Outcome;

            var subtotal = basket.Lines.Sum(l => Gross(l));
            Assert.True(first.DiscountTotalKurus <= subtotal, $"seed {seed} round {round}: {first.DiscountTotalKurus} > {subtotal}");
            Assert.All(first.Discounts, d => Assert.True(d.DiscountKurus > 0, $"seed {seed}: a zero or negative discount"));
            foreach (var line in basket.Lines)
            {
                Assert.True(first.DiscountOn(line.LineNo) <= Gross(line), $"seed {seed} round {round}: line {line.LineNo} goes below zero");
            }

            Assert.Equal(first.Discounts, again.Discounts);
            Assert.Equal(first.Discounts, shuffled.Discounts);
            Assert.Equal(first.BonusPoints, shuffled.BonusPoints);
            Assert.Equal(first.CouponsToPrint, shuffled.CouponsToPrint);
        }
    }

    private static long Gross(PromotionLine line) =>
        line.QuantityMilli > 0 && line.UnitPriceKurus > 0 ? Quantity.Amount(line.UnitPriceKurus, line.QuantityMilli) : 0;

    private static PromotionBasket RandomBasket(Random random)
    {
        var lines = Enumerable.Range(1, random.Next(1, 12)).Select(n =>
        {
            var weighed = random.Next(4) == 0;
            var quantity = weighed ? random.Next(1, 3_000) : random.Next(1, 6) * 1_000;
            var price = random.Next(5) == 0 ? random.Next(1, 10) : random.Next(1, 200_000);
            return Line(n, price, quantity, Categories[random.Next(Categories.Length)], random.Next(3) == 0 ? Milk : null,
                random.Next(3) == 0 ? ["organik"] : []);
        }).ToArray();
        return Basket(lines);
    }

    private static PromotionDefinition RandomPromotion(Random random, int id)
    {
        var target = random.Next(4) switch
        {
            0 => ItemTarget.Any,
            1 => new ItemTarget(TargetKind.Product, Milk),
            2 => new ItemTarget(TargetKind.Tag, Tag: "organik"),
            _ => new ItemTarget(TargetKind.Category, Categories[random.Next(Categories.Length)]),
        };
        var promotion = Promotion(id, (PromotionKind)random.Next(5), target) with
        {
            Priority = random.Next(3),
            Exclusive = random.Next(2) == 0,
            BudgetKurus = random.Next(3) == 0 ? random.Next(0, 50_000) : null,
        };
        return promotion.Kind switch
        {
            PromotionKind.PercentOff => promotion with { PercentOff = random.Next(1, 101) },
            PromotionKind.AmountOff => promotion with { AmountOffKurus = random.Next(1, 100_000), ThresholdKurus = random.Next(0, 50_000) },
            PromotionKind.BuyNGetY => promotion with
            {
                BuyQuantity = random.Next(1, 4),
                GetQuantity = random.Next(1, 3),
                PercentOff = random.Next(1, 101),
                RewardTarget = random.Next(2) == 0 ? null : new ItemTarget(TargetKind.Category, Categories[random.Next(Categories.Length)]),
            },
            PromotionKind.BasketThresholdPoints => promotion with { ThresholdKurus = random.Next(0, 500_000), BonusPoints = random.Next(1, 500) },
            _ => promotion with { IssuedPromotionId = Id(99), CouponValidDays = 7 },
        };
    }
}
