using Muhtar.Pos.Promotions.Engine;
using static Muhtar.Tests.Pos.Promotions.PromotionFixture;

namespace Muhtar.Tests.Pos.Promotions;

public sealed class ReceiptBottomCouponTests
{
    // "Bez alana mama kuponu": nappies in the basket print a baby-food coupon valid for 14 days.
    private static readonly PromotionDefinition NappiesPrintBabyFood =
        Promotion(1, PromotionKind.ReceiptBottomCoupon, new ItemTarget(TargetKind.Category, Nappies)) with
        {
            IssuedPromotionId = Id(2),
            CouponTitle = "Mamada %20 indirim",
            CouponValidDays = 14,
        };

    [Fact]
    public void Nappies_in_the_basket_print_the_baby_food_coupon_without_a_code_in_an_evaluation()
    {
        var outcome = Run(Basket(Line(1, 40_00, 1_000), Line(2, 300_00, 1_000, Nappies)), NappiesPrintBabyFood).Outcome;

        var coupon = Assert.Single(outcome.CouponsToPrint);
        Assert.Equal(Id(2), coupon.PromotionId);
        Assert.Equal("Mamada %20 indirim", coupon.Title);
        Assert.Null(coupon.Code);
        Assert.Equal(At.AddDays(14), coupon.ExpiresAt);
        Assert.Empty(outcome.Discounts);
    }

    [Fact]
    public void A_basket_without_nappies_prints_nothing()
    {
        Assert.Empty(Run(Basket(Line(1, 40_00, 1_000)), NappiesPrintBabyFood).Outcome.CouponsToPrint);
    }

    [Fact]
    public void A_paused_rule_prints_nothing_and_one_rule_prints_one_coupon_however_many_nappies()
    {
        var basket = Basket(Line(1, 300_00, 1_000, Nappies), Line(2, 300_00, 4_000, Nappies));

        Assert.Empty(Run(basket, NappiesPrintBabyFood with { Paused = true }).Outcome.CouponsToPrint);
        Assert.Single(Run(basket, NappiesPrintBabyFood).Outcome.CouponsToPrint);
    }
}
