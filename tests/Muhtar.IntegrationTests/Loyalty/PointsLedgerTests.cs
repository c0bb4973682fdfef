using System.Net;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Loyalty;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Errors;

namespace Muhtar.IntegrationTests.Loyalty;

/// <summary>Earning, redeeming and returning through ILoyaltyAccounts, as the till calls it.</summary>
public abstract class PointsLedgerTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_sale_earns_a_point_per_lira_paid_and_the_highest_matching_rule_wins()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        await kit.PostAsync("/api/v1/loyalty/earn-rules", new { name = "Kahve 2x", targetKind = "category", targetId = kit.CoffeeCategory, multiplier = 2 });
        await kit.PostAsync("/api/v1/loyalty/earn-rules", new { name = "Marka 3x", targetKind = "brand", targetId = kit.Brand, multiplier = 3 });

        // Latte (coffee + brand): 3x wins over 2x → 90 TL × 3 = 270; espresso (coffee only) 2x → 120; cake 1x: 149,99 TL → 149.
        var (_, posting) = await kit.SellAsync(kit.Basket(customer, 0, kit.LatteLine(1, 1, 90_00), kit.EspressoLine(2, 1, 60_00), kit.CakeLine(3, 1, 149_99)));

        Assert.Equal(270 + 120 + 149, posting.PointsEarned);
        Assert.Equal(539, posting.Balance);
        var status = await kit.StatusAsync(customer);
        Assert.Equal(539, status.Balance);
        Assert.Equal(539, status.BalanceValueKurus);
    }

    [Fact]
    public async Task Posting_the_same_receipt_twice_awards_points_once()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        var receipt = Guid.CreateVersion7();
        var basket = kit.Basket(customer, 0, kit.CakeLine(1, 2, 300_00));

        // Two tills (two contexts) post the same receipt at the same time: both computed, only one can be stored.
        var outcomes = await kit.WithAccountsAsync(async (accounts, first) => await kit.WithAccountsAsync(async (accounts2, second) =>
        {
            await accounts.PostSaleAsync(first, receipt, basket);
            await accounts2.PostSaleAsync(second, receipt, basket);
            await first.SaveChangesAsync();
            return await Record.ExceptionAsync(() => second.SaveChangesAsync());
        }));

        Assert.IsAssignableFrom<DbUpdateException>(outcomes);
        var again = await Record.ExceptionAsync(() => kit.SellAsync(basket, receipt));
        Assert.IsAssignableFrom<DbUpdateException>(again);
        Assert.Equal((300L, 300L), await kit.BalancesAsync(customer));
    }

    [Fact]
    public async Task Redeemed_points_are_spread_over_the_lines_and_add_up_to_the_redemption_exactly()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 10, 1000_00)));

        // 1.000 points = 10,00 TL over lines of 33,33 / 33,33 / 33,34 TL.
        var basket = kit.Basket(customer, 1000, kit.CakeLine(1, 1, 33_33), kit.EspressoLine(2, 1, 33_33), kit.LatteLine(3, 1, 33_34));
        var quote = await kit.QuoteAsync(basket);

        Assert.Equal(1000, quote.PointsToRedeem);
        Assert.Equal(10_00, quote.RedemptionKurus);
        var points = quote.LineDiscounts.Where(d => d.Source == "points").ToList();
        Assert.Equal(10_00, points.Sum(d => d.DiscountKurus));
        Assert.Equal([333L, 333L, 334L], points.OrderBy(d => d.LineNo).Select(d => d.DiscountKurus));
        // Points are earned on what is paid in money: 100,00 − 10,00 = 90 TL.
        Assert.Equal(90, quote.PointsToEarn);
        var (_, posting) = await kit.SellAsync(basket);
        Assert.Equal(1000, posting.PointsRedeemed);
        Assert.Equal(1000 - 1000 + 90, posting.Balance);
        Assert.Equal((posting.Balance, posting.Balance), await kit.BalancesAsync(customer));
    }

    [Theory]
    [InlineData(99)] // below the minimum of 100
    [InlineData(2001)] // above the balance
    [InlineData(1501)] // above half of the basket
    public async Task A_redemption_breaking_the_rules_is_refused_naming_redeemPoints(long redeem)
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 2, 2000_00))); // 2.000 points

        // A 30 TL basket: at most half (15 TL = 1.500 points) may be paid with points.
        var violation = await Assert.ThrowsAsync<RuleViolation>(() => kit.QuoteAsync(kit.Basket(customer, redeem, kit.CakeLine(1, 1, 30_00))));

        Assert.Equal("redeemPoints", violation.Field);
        Assert.Equal(1500L, violation.Extensions["maxRedeemPoints"]);
        Assert.Equal((2000L, 2000L), await kit.BalancesAsync(customer));
        Assert.Equal(1500, (await kit.QuoteAsync(kit.Basket(customer, 1500, kit.CakeLine(1, 1, 30_00)))).PointsToRedeem);
    }

    [Fact]
    public async Task A_partial_return_takes_back_its_share_of_earned_points_and_gives_back_its_share_of_redeemed_points()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 4, 400_00))); // 400 points
        var (receipt, sale) = await kit.SellAsync(kit.Basket(customer, 200, kit.CakeLine(1, 4, 600_00)));
        Assert.Equal(598, sale.PointsEarned); // 600 TL − 2 TL paid by points
        Assert.Equal(400 - 200 + 598, sale.Balance);

        // One of four cakes back, then the other three: a quarter each time, and all of it in the end.
        var first = await kit.ReturnAsync(receipt, customer, new LoyaltyReturnLine(1, 4000, 1000));
        Assert.Equal(-149, first.PointsEarned);
        Assert.Equal(-50, first.PointsRedeemed);
        var rest = await kit.ReturnAsync(receipt, customer, new LoyaltyReturnLine(1, 4000, 3000));

        Assert.Equal(-598 + 149, rest.PointsEarned);
        Assert.Equal(-150, rest.PointsRedeemed);
        Assert.Equal(400, rest.Balance);
        Assert.Equal((400L, 400L), await kit.BalancesAsync(customer));
    }

    [Fact]
    public async Task A_return_of_points_already_spent_stops_the_balance_at_zero_and_records_the_shortfall()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        var (receipt, _) = await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 500_00)));
        await kit.SellAsync(kit.Basket(customer, 400, kit.CakeLine(1, 1, 1000_00))); // spends 400 of the 500, earns 996
        var adjust = await kit.PostAsync($"/api/v1/loyalty/customers/{customer}/adjustments", new { points = -1096, reason = "Yanlış kart" });
        Assert.Equal(0, adjust.RootElement.GetProperty("balance").GetInt64());

        var posting = await kit.ReturnAsync(receipt, customer, new LoyaltyReturnLine(1, 1000, 1000));

        Assert.Equal(0, posting.PointsEarned);
        Assert.Equal(0, posting.Balance);
        using var ledger = await kit.GetAsync($"/api/v1/loyalty/customers/{customer}/ledger");
        var reversal = ledger.RootElement.GetProperty("items").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "earnReversal");
        Assert.Equal(0, reversal.GetProperty("points").GetInt64());
        Assert.Equal(500, reversal.GetProperty("shortfall").GetInt64());
        Assert.Equal((0L, 0L), await kit.BalancesAsync(customer));
    }

    [Fact]
    public async Task The_tier_follows_points_earned_in_the_last_12_months_and_multiplies_what_is_earned()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        await kit.PostAsync("/api/v1/loyalty/tiers", new { name = "Bronz", thresholdPoints = 0, earnMultiplier = 1 });
        await kit.PostAsync("/api/v1/loyalty/tiers", new { name = "Altın", thresholdPoints = 1000, earnMultiplier = 1.5, benefits = "Ücretsiz teslimat" });
        var old = kit.Basket(customer, 0, kit.CakeLine(1, 1, 5000_00)) with { OccurredAt = kit.Now.AddDays(-400) };
        await kit.SellAsync(old);

        Assert.Equal("Bronz", (await kit.StatusAsync(customer)).Tier);
        await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 1000_00)));
        Assert.Equal("Altın", (await kit.StatusAsync(customer)).Tier);
        var (_, posting) = await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 100_00)));

        Assert.Equal(150, posting.PointsEarned);
        using var json = await kit.GetAsync($"/api/v1/loyalty/customers/{customer}");
        Assert.Equal("Altın", json.RootElement.GetProperty("tier").GetString());
        Assert.Equal("Ücretsiz teslimat", json.RootElement.GetProperty("tierBenefits").GetString());
    }

    [Fact]
    public async Task Promotion_bonus_points_are_earned_with_the_sale_and_a_full_return_takes_them_back()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        var (receipt, sale) = await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 300_00), kit.LatteLine(2, 1, 200_00)) with { BonusPoints = 100 });
        Assert.Equal(600, sale.PointsEarned);

        var back = await kit.ReturnAsync(receipt, customer, new LoyaltyReturnLine(1, 1000, 1000), new LoyaltyReturnLine(2, 1000, 1000));

        Assert.Equal(-600, back.PointsEarned);
        Assert.Equal(0, back.Balance);
    }
}

public sealed class PointsLedgerTests_Sqlite(SqliteApp app) : PointsLedgerTests(app), IClassFixture<SqliteApp>;

public sealed class PointsLedgerTests_Postgres(PostgresApp app) : PointsLedgerTests(app), IClassFixture<PostgresApp>;
