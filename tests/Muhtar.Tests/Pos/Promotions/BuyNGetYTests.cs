using Muhtar.Pos.Promotions.Engine;
using static Muhtar.Tests.Pos.Promotions.PromotionFixture;

namespace Muhtar.Tests.Pos.Promotions;

public sealed class BuyNGetYTests
{
    // "3 al 2 öde" on the dairy shelf: buy 2, the 3rd (the cheapest) is free.
    private static readonly PromotionDefinition ThreeForTwo =
        Promotion(1, PromotionKind.BuyNGetY) with { BuyQuantity = 2, GetQuantity = 1, PercentOff = 100 };

    [Fact]
    public void Three_of_the_category_make_the_cheapest_one_free()
    {
        var outcome = Run(Basket(Line(1, 50_00, 1_000), Line(2, 30_00, 1_000), Line(3, 40_00, 1_000)), ThreeForTwo).Outcome;

        Assert.Equal(30_00, outcome.DiscountTotalKurus);
        Assert.Equal(30_00, outcome.On(2));
        Assert.Equal([Id(1)], outcome.PromotionsOn(2));
    }

    [Fact]
    public void Two_of_the_category_one_short_of_the_deal_get_nothing()
    {
        var outcome = Run(Basket(Line(1, 50_00, 2_000)), ThreeForTwo).Outcome;

        Assert.Empty(outcome.Discounts);
        Assert.Empty(outcome.Applied);
    }

    [Fact]
    public void Exactly_N_plus_M_units_on_one_line_give_one_free_unit()
    {
        var outcome = Run(Basket(Line(1, 25_00, 3_000)), ThreeForTwo).Outcome;

        Assert.Equal(25_00, outcome.On(1));
    }

    [Fact]
    public void Seven_units_make_two_deals_and_the_seventh_pays()
    {
        var outcome = Run(Basket(Line(1, 10_00, 7_000)), ThreeForTwo).Outcome;

        Assert.Equal(20_00, outcome.On(1));
    }

    [Fact]
    public void Buy_exactly_N_of_X_gets_M_of_Y_at_the_percentage_off()
    {
        // Buy 2 nappies, baby food 50% off (at most one jar per deal).
        var deal = Promotion(2, PromotionKind.BuyNGetY, new ItemTarget(TargetKind.Category, Nappies)) with
        {
            BuyQuantity = 2,
            GetQuantity = 1,
            PercentOff = 50,
            RewardTarget = new ItemTarget(TargetKind.Category, BabyFood),
        };

        var exactlyN = Run(Basket(Line(1, 300_00, 2_000, Nappies), Line(2, 45_00, 3_000, BabyFood)), deal).Outcome;
        var oneShort = Run(Basket(Line(1, 300_00, 1_000, Nappies), Line(2, 45_00, 3_000, BabyFood)), deal).Outcome;

        Assert.Equal(22_50, exactlyN.On(2));
        Assert.Equal(0, exactlyN.On(1));
        Assert.Empty(oneShort.Discounts);
    }

    [Fact]
    public void Weighed_lines_count_only_their_whole_units()
    {
        // 2.5 kg is two whole units, 0.8 kg none: three whole units make one deal, on the cheaper line's unit price.
        var outcome = Run(Basket(Line(1, 100_00, 2_500), Line(2, 80_00, 800), Line(3, 60_00, 1_000)), ThreeForTwo).Outcome;

        Assert.Equal(60_00, outcome.On(3));
        Assert.Equal(0, outcome.On(2));
        Assert.Equal(60_00, outcome.DiscountTotalKurus);
    }

    [Fact]
    public void Products_outside_the_target_do_not_count_towards_the_deal()
    {
        var outcome = Run(Basket(Line(1, 50_00, 2_000), Line(2, 30_00, 1_000, Nappies)), ThreeForTwo).Outcome;

        Assert.Empty(outcome.Discounts);
    }

    [Fact]
    public void A_reward_that_is_also_a_condition_item_is_only_used_once()
    {
        // Buy 1 of the dairy shelf, get 1 milk free: two milks are one deal, not two.
        var deal = Promotion(3, PromotionKind.BuyNGetY) with
        {
            BuyQuantity = 1,
            GetQuantity = 1,
            PercentOff = 100,
            RewardTarget = new ItemTarget(TargetKind.Product, Milk),
        };

        var outcome = Run(Basket(Line(1, 40_00, 2_000, Dairy, Milk)), deal).Outcome;

        Assert.Equal(40_00, outcome.On(1));
    }

    [Fact]
    public void One_condition_item_earns_one_reward_and_the_cheaper_reward_item_is_the_free_one()
    {
        // Buy 1 dairy, get 1 baby food free: one dairy item is one deal; of two jars the cheaper is free.
        var deal = Promotion(4, PromotionKind.BuyNGetY) with
        {
            BuyQuantity = 1,
            GetQuantity = 1,
            PercentOff = 100,
            RewardTarget = new ItemTarget(TargetKind.Category, BabyFood),
        };

        var outcome = Run(Basket(Line(1, 40_00, 1_000), Line(2, 5_00, 1_000, BabyFood), Line(3, 9_00, 1_000, BabyFood)), deal).Outcome;

        Assert.Equal(5_00, outcome.On(2));
        Assert.Equal(5_00, outcome.DiscountTotalKurus);
    }
}
