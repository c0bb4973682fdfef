using Muhtar.Pos.Promotions.Engine;
using static Muhtar.Tests.Pos.Promotions.PromotionFixture;

namespace Muhtar.Tests.Pos.Promotions;

public sealed class ThresholdPointsTests
{
    // "500 TL ve üzeri alışverişe 100 puan".
    private static readonly PromotionDefinition FiveHundred =
        Promotion(1, PromotionKind.BasketThresholdPoints, ItemTarget.Any) with { ThresholdKurus = 500_00, BonusPoints = 100 };

    [Theory]
    [InlineData(500_00, 100)]
    [InlineData(499_99, 0)]
    [InlineData(500_01, 100)]
    public void A_basket_of_exactly_500_TL_earns_the_bonus_and_one_kurus_less_does_not(long total, long points)
    {
        var outcome = Run(Basket(Line(1, total, 1_000, Nappies)), FiveHundred).Outcome;

        Assert.Equal(points, outcome.BonusPoints);
        Assert.Empty(outcome.Discounts);
    }

    [Fact]
    public void The_threshold_compares_the_basket_after_discounts()
    {
        // 520 TL of dairy with 10% off is 468 TL paid: below 500, no points.
        var outcome = Run(Basket(Line(1, 520_00, 1_000)), FiveHundred, PercentOff(2, 10)).Outcome;

        Assert.Equal(52_00, outcome.DiscountTotalKurus);
        Assert.Equal(0, outcome.BonusPoints);
    }

    [Fact]
    public void Of_two_exclusive_tiers_only_the_higher_priority_one_counts_and_stackable_bonuses_add()
    {
        var thousand = Promotion(2, PromotionKind.BasketThresholdPoints, ItemTarget.Any) with
        {
            ThresholdKurus = 1_000_00,
            BonusPoints = 250,
            Priority = 10,
            Exclusive = true,
        };
        var exclusiveFiveHundred = FiveHundred with { Exclusive = true };
        var dairyBonus = Promotion(3, PromotionKind.BasketThresholdPoints) with { ThresholdKurus = 100_00, BonusPoints = 20 };

        var big = Run(Basket(Line(1, 1_200_00, 1_000)), exclusiveFiveHundred, thousand, dairyBonus).Outcome;
        var middle = Run(Basket(Line(1, 600_00, 1_000)), exclusiveFiveHundred, thousand, dairyBonus).Outcome;

        Assert.Equal(270, big.BonusPoints);
        Assert.Equal(120, middle.BonusPoints);
    }

    [Fact]
    public void A_weighed_basket_compares_its_rounded_amounts()
    {
        // 1.724 kg at 290 TL/kg = 499.96 TL; 1.725 kg = 500.25 TL.
        Assert.Equal(0, Run(Basket(Line(1, 290_00, 1_724)), FiveHundred).Outcome.BonusPoints);
        Assert.Equal(100, Run(Basket(Line(1, 290_00, 1_725)), FiveHundred).Outcome.BonusPoints);
    }
}
