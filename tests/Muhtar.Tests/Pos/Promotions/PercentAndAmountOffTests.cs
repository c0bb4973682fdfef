using Muhtar.Pos.Promotions.Engine;
using static Muhtar.Tests.Pos.Promotions.PromotionFixture;

namespace Muhtar.Tests.Pos.Promotions;

public sealed class PercentAndAmountOffTests
{
    [Fact]
    public void Percent_off_a_category_discounts_only_its_lines()
    {
        var outcome = Run(Basket(Line(1, 64_00, 2_000), Line(2, 300_00, 1_000, Nappies)), PercentOff(1, 10)).Outcome;

        Assert.Equal(12_80, outcome.On(1));
        Assert.Equal(0, outcome.On(2));
    }

    [Theory]
    [InlineData("Product")]
    [InlineData("Brand")]
    [InlineData("Tag")]
    public void Percent_off_reaches_a_product_a_brand_or_a_tag(string targetKind)
    {
        var kind = Enum.Parse<TargetKind>(targetKind);
        var brand = Guid.NewGuid();
        var line = Line(1, 100_00, 1_000, Dairy, Milk, "Organik") with { BrandId = brand };
        var target = kind switch
        {
            TargetKind.Product => new ItemTarget(kind, Milk),
            TargetKind.Brand => new ItemTarget(kind, brand),
            _ => new ItemTarget(kind, Tag: "organik"),
        };

        var hit = Run(Basket(line), PercentOff(1, 20, target)).Outcome;
        var miss = Run(Basket(line with { ProductId = Cheese, BrandId = null, Tags = [] }), PercentOff(1, 20, target)).Outcome;

        Assert.Equal(20_00, hit.On(1));
        Assert.Empty(miss.Discounts);
    }

    [Fact]
    public void A_weighed_line_is_discounted_on_its_rounded_amount_half_away_from_zero()
    {
        // 0.355 kg at 290 TL/kg = 102.95 TL; 15% of it is 15.4425 TL → 15.44 TL.
        var outcome = Run(Basket(Line(1, 290_00, 355)), PercentOff(1, 15)).Outcome;

        Assert.Equal(15_44, outcome.On(1));
    }

    [Fact]
    public void A_one_kurus_line_at_fifty_percent_rounds_to_one_kurus_and_never_below_zero()
    {
        var outcome = Run(Basket(Line(1, 1, 1_000)), PercentOff(1, 50), PercentOff(2, 50)).Outcome;

        Assert.Equal(1, outcome.On(1));
        Assert.Single(outcome.Discounts);
    }

    [Fact]
    public void Amount_off_is_spread_over_the_category_lines_in_proportion_to_the_kurus()
    {
        var deal = Promotion(1, PromotionKind.AmountOff) with { AmountOffKurus = 10_00 };

        var outcome = Run(Basket(Line(1, 100_00, 1_000), Line(2, 200_00, 1_000), Line(3, 5_00, 1_000, Nappies)), deal).Outcome;

        Assert.Equal(3_33, outcome.On(1));
        Assert.Equal(6_67, outcome.On(2));
        Assert.Equal(0, outcome.On(3));
        Assert.Equal(10_00, outcome.DiscountTotalKurus);
    }

    [Fact]
    public void Amount_off_never_exceeds_what_the_lines_come_to()
    {
        var deal = Promotion(1, PromotionKind.AmountOff) with { AmountOffKurus = 50_00 };

        var outcome = Run(Basket(Line(1, 12_00, 1_000), Line(2, 7_50, 1_000)), deal).Outcome;

        Assert.Equal(12_00, outcome.On(1));
        Assert.Equal(7_50, outcome.On(2));
    }

    [Theory]
    [InlineData(200_00, 10_00)]
    [InlineData(199_99, 0)]
    public void Amount_off_needs_the_minimum_spend_on_the_category_including_exactly_the_minimum(long price, long expected)
    {
        var deal = Promotion(1, PromotionKind.AmountOff) with { AmountOffKurus = 10_00, ThresholdKurus = 200_00 };

        var outcome = Run(Basket(Line(1, price, 1_000)), deal).Outcome;

        Assert.Equal(expected, outcome.DiscountTotalKurus);
    }

    [Fact]
    public void Lines_with_no_quantity_or_no_price_get_no_discount()
    {
        var outcome = Run(Basket(Line(1, 100_00, 0), Line(2, 0, 1_000), Line(3, 100_00, -1_000)), PercentOff(1, 50),
            Promotion(2, PromotionKind.AmountOff) with { AmountOffKurus = 5_00 }).Outcome;

        Assert.Empty(outcome.Discounts);
    }
}
