using Muhtar.Pos.Promotions.Engine;
using static Muhtar.Tests.Pos.Promotions.PromotionFixture;

namespace Muhtar.Tests.Pos.Promotions;

public sealed class CouponRulesTests
{
    private static readonly PromotionDefinition CouponTwenty = PercentOff(1, 20) with { RequiresCoupon = true };
    private static readonly HashSet<string> NoKeys = [];

    private static CouponFacts Coupon(string code = "ABCD2345", Guid? customer = null, DateTime? from = null, DateTime? until = null,
        int? max = 1, int used = 0, int customerUsed = 0) =>
        new(code, CouponTwenty.Id, customer, from, until, max, used, customerUsed);

    private static Muhtar.Pos.Promotions.PromotionBasket Presenting(string code, Guid? customer = null) =>
        Basket(Line(1, 100_00, 1_000)) with { CouponCodes = [code], CustomerId = customer };

    [Fact]
    public void Without_its_coupon_a_coupon_promotion_does_not_apply()
    {
        Assert.Empty(Run(Basket(Line(1, 100_00, 1_000)), CouponTwenty).Outcome.Discounts);
    }

    [Fact]
    public void A_valid_coupon_typed_in_lower_case_with_a_dash_unlocks_its_promotion_and_is_named_on_it()
    {
        var result = Run(Presenting("abcd-2345"), [Coupon()], NoKeys, CouponTwenty);

        Assert.Empty(result.CouponProblems);
        Assert.Equal(20_00, result.Outcome.On(1));
        Assert.Equal("ABCD2345", Assert.Single(result.Outcome.Applied).CouponCode);
    }

    [Fact]
    public void An_unknown_code_is_refused()
    {
        var result = Run(Presenting("NOPE2345"), [Coupon()], NoKeys, CouponTwenty);

        Assert.Equal(new CouponProblem("NOPE2345", CouponRefusal.Unknown), Assert.Single(result.CouponProblems));
        Assert.Empty(result.Outcome.Discounts);
    }

    [Fact]
    public void A_coupon_is_refused_from_the_instant_it_expires_and_accepted_just_before()
    {
        var expiredNow = Run(Presenting("ABCD2345"), [Coupon(until: At)], NoKeys, CouponTwenty);
        var validSecondMore = Run(Presenting("ABCD2345"), [Coupon(until: At.AddSeconds(1))], NoKeys, CouponTwenty);

        Assert.Equal(CouponRefusal.Expired, Assert.Single(expiredNow.CouponProblems).Reason);
        Assert.Empty(validSecondMore.CouponProblems);
    }

    [Fact]
    public void A_coupon_is_refused_before_its_validity_starts()
    {
        var result = Run(Presenting("ABCD2345"), [Coupon(from: At.AddMinutes(1))], NoKeys, CouponTwenty);

        Assert.Equal(CouponRefusal.NotYetValid, Assert.Single(result.CouponProblems).Reason);
    }

    [Fact]
    public void A_single_use_coupon_already_used_is_refused_and_a_multi_use_one_until_its_limit()
    {
        Assert.Equal(CouponRefusal.UsedUp, Assert.Single(Run(Presenting("ABCD2345"), [Coupon(used: 1)], NoKeys, CouponTwenty).CouponProblems).Reason);
        Assert.Empty(Run(Presenting("ABCD2345"), [Coupon(max: 3, used: 2)], NoKeys, CouponTwenty).CouponProblems);
        Assert.NotEmpty(Run(Presenting("ABCD2345"), [Coupon(max: 3, used: 3)], NoKeys, CouponTwenty).CouponProblems);
        Assert.Empty(Run(Presenting("ABCD2345"), [Coupon(max: null, used: 500)], NoKeys, CouponTwenty).CouponProblems);
    }

    [Fact]
    public void A_coupon_issued_to_another_customer_is_refused_also_for_an_anonymous_basket()
    {
        var coupon = Coupon(customer: Ahmet);

        Assert.Equal(CouponRefusal.OtherCustomer, Run(Presenting("ABCD2345", Zeynep), [coupon], NoKeys, CouponTwenty).CouponProblems[0].Reason);
        Assert.Equal(CouponRefusal.OtherCustomer, Run(Presenting("ABCD2345"), [coupon], NoKeys, CouponTwenty).CouponProblems[0].Reason);
        Assert.Empty(Run(Presenting("ABCD2345", Ahmet), [coupon], NoKeys, CouponTwenty).CouponProblems);
    }

    [Fact]
    public void The_per_customer_limit_counts_the_customers_earlier_uses_of_the_promotion()
    {
        var limited = CouponTwenty with { PerCustomerLimit = 2 };

        Assert.Empty(Run(Presenting("ABCD2345", Ahmet), [Coupon(max: null, customerUsed: 1)], NoKeys, limited).CouponProblems);
        Assert.Equal(CouponRefusal.CustomerLimitReached,
            Run(Presenting("ABCD2345", Ahmet), [Coupon(max: null, customerUsed: 2)], NoKeys, limited).CouponProblems[0].Reason);
        Assert.Equal(CouponRefusal.CustomerLimitReached,
            Run(Presenting("ABCD2345"), [Coupon(max: null)], NoKeys, limited).CouponProblems[0].Reason);
    }

    [Fact]
    public void A_segment_targeted_coupon_needs_a_customer_with_the_tag_or_tier()
    {
        var vip = CouponTwenty with { Audience = ["tag:vip", "tier:altın"] };

        Assert.Empty(Run(Presenting("ABCD2345", Ahmet), [Coupon()], new HashSet<string> { "tier:altın" }, vip).CouponProblems);
        Assert.Empty(Run(Presenting("ABCD2345", Ahmet), [Coupon()], new HashSet<string> { "tag:vip", "tag:öğrenci" }, vip).CouponProblems);
        Assert.Equal(CouponRefusal.NotForCustomer,
            Run(Presenting("ABCD2345", Ahmet), [Coupon()], new HashSet<string> { "tier:gümüş" }, vip).CouponProblems[0].Reason);
        Assert.Equal(CouponRefusal.NotForCustomer, Run(Presenting("ABCD2345"), [Coupon()], NoKeys, vip).CouponProblems[0].Reason);
    }

    [Fact]
    public void A_coupon_of_a_paused_or_ended_promotion_is_refused()
    {
        Assert.Equal(CouponRefusal.PromotionInactive,
            Run(Presenting("ABCD2345"), [Coupon()], NoKeys, CouponTwenty with { Paused = true }).CouponProblems[0].Reason);
        Assert.Equal(CouponRefusal.PromotionInactive,
            Run(Presenting("ABCD2345"), [Coupon()], NoKeys, CouponTwenty with { EndsAt = At }).CouponProblems[0].Reason);
    }

    [Fact]
    public void The_same_code_presented_twice_is_used_once()
    {
        var result = Run(Basket(Line(1, 100_00, 1_000)) with { CouponCodes = ["ABCD2345", "abcd2345"] }, [Coupon()], NoKeys, CouponTwenty);

        Assert.Empty(result.CouponProblems);
        Assert.Equal(20_00, result.Outcome.DiscountTotalKurus);
    }
}
