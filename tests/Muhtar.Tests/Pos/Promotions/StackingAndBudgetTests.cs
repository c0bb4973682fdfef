using Muhtar.Pos.Promotions.Engine;
using static Muhtar.Tests.Pos.Promotions.PromotionFixture;

namespace Muhtar.Tests.Pos.Promotions;

public sealed class StackingAndBudgetTests
{
    [Fact]
    public void Stackable_promotions_add_up_each_on_what_is_left_of_the_line()
    {
        // 100 TL: 10% → 90 TL, then 20% of 90 → 18 TL: 28 TL in all.
        var outcome = Run(Basket(Line(1, 100_00, 1_000)), PercentOff(1, 10) with { Priority = 2 }, PercentOff(2, 20) with { Priority = 1 }).Outcome;

        Assert.Equal(28_00, outcome.On(1));
        Assert.Equal([Id(1), Id(2)], outcome.PromotionsOn(1));
    }

    [Fact]
    public void An_exclusive_promotion_keeps_every_other_promotion_off_its_lines()
    {
        var exclusive = PercentOff(1, 30) with { Exclusive = true, Priority = 5 };

        var outcome = Run(Basket(Line(1, 100_00, 1_000), Line(2, 50_00, 1_000, Nappies)), exclusive, PercentOff(2, 10, ItemTarget.Any)).Outcome;

        Assert.Equal([Id(1)], outcome.PromotionsOn(1));
        Assert.Equal(30_00, outcome.On(1));
        Assert.Equal(5_00, outcome.On(2));
    }

    [Fact]
    public void A_line_gets_at_most_one_exclusive_promotion_the_higher_priority_one()
    {
        var high = PercentOff(1, 10) with { Exclusive = true, Priority = 9 };
        var low = PercentOff(2, 50) with { Exclusive = true, Priority = 1 };

        var outcome = Run(Basket(Line(1, 100_00, 1_000)), low, high).Outcome;

        Assert.Equal([Id(1)], outcome.PromotionsOn(1));
        Assert.Equal(10_00, outcome.On(1));
    }

    [Fact]
    public void An_exclusive_promotion_skips_a_line_an_earlier_stackable_one_discounted()
    {
        var stackable = PercentOff(1, 5) with { Priority = 9 };
        var exclusive = PercentOff(2, 50) with { Exclusive = true, Priority = 1 };

        var outcome = Run(Basket(Line(1, 100_00, 1_000)), stackable, exclusive).Outcome;

        Assert.Equal([Id(1)], outcome.PromotionsOn(1));
    }

    [Fact]
    public void Equal_priorities_apply_in_id_order_whatever_order_they_are_given_in()
    {
        var a = PercentOff(1, 10) with { Exclusive = true };
        var b = PercentOff(2, 40) with { Exclusive = true };

        Assert.Equal([Id(1)], Run(Basket(Line(1, 100_00, 1_000)), a, b).Outcome.PromotionsOn(1));
        Assert.Equal([Id(1)], Run(Basket(Line(1, 100_00, 1_000)), b, a).Outcome.PromotionsOn(1));
    }

    [Fact]
    public void A_promotion_whose_budget_is_exhausted_does_not_apply()
    {
        var spent = PercentOff(1, 10) with { BudgetKurus = 1_000_00, SpentKurus = 1_000_00 };

        Assert.Empty(Run(Basket(Line(1, 100_00, 1_000)), spent).Outcome.Discounts);
    }

    [Theory]
    [InlineData(990_00, 10_00)]
    [InlineData(990_01, 0)]
    public void A_partly_spent_budget_covers_a_discount_that_fits_exactly_and_not_one_kurus_more(long spent, long expected)
    {
        var promotion = PercentOff(1, 10) with { BudgetKurus = 1_000_00, SpentKurus = spent };

        Assert.Equal(expected, Run(Basket(Line(1, 100_00, 1_000)), promotion).Outcome.DiscountTotalKurus);
    }

    [Fact]
    public void A_promotion_skipped_for_its_budget_leaves_the_line_to_the_next_one()
    {
        var broke = PercentOff(1, 50) with { Exclusive = true, Priority = 9, BudgetKurus = 10_00 };

        var outcome = Run(Basket(Line(1, 100_00, 1_000)), broke, PercentOff(2, 10) with { Exclusive = true }).Outcome;

        Assert.Equal([Id(2)], outcome.PromotionsOn(1));
    }

    [Fact]
    public void Paused_future_ended_and_other_store_promotions_do_not_apply()
    {
        var basket = Basket(Line(1, 100_00, 1_000));

        Assert.Empty(Run(basket, PercentOff(1, 10) with { Paused = true }).Outcome.Discounts);
        Assert.Empty(Run(basket, PercentOff(1, 10) with { StartsAt = At.AddSeconds(1) }).Outcome.Discounts);
        Assert.Empty(Run(basket, PercentOff(1, 10) with { EndsAt = At }).Outcome.Discounts);
        Assert.Empty(Run(basket, PercentOff(1, 10) with { StoreIds = [OtherStore] }).Outcome.Discounts);
        Assert.NotEmpty(Run(basket, PercentOff(1, 10) with { StartsAt = At, EndsAt = At.AddSeconds(1), StoreIds = [OtherStore, Store] }).Outcome.Discounts);
    }

    [Fact]
    public void A_targeted_promotion_without_a_coupon_applies_only_to_customers_of_its_audience()
    {
        var vip = PercentOff(1, 10) with { Audience = ["tag:vip"] };
        var basket = Basket(Line(1, 100_00, 1_000)) with { CustomerId = Ahmet };

        Assert.NotEmpty(Run(basket, [], new HashSet<string> { "tag:vip" }, vip).Outcome.Discounts);
        Assert.Empty(Run(basket, [], new HashSet<string> { "tag:yeni" }, vip).Outcome.Discounts);
    }
}
