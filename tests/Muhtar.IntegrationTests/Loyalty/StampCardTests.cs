using System.Net;
using System.Net.Http.Json;
using Muhtar.Abstractions.Loyalty;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Loyalty;

/// <summary>P5: "5 kahve al, 6. bedava" through the admin API and ILoyaltyAccounts.</summary>
public abstract class StampCardTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Five_coffees_fill_the_card_and_the_next_sale_gets_its_cheapest_coffee_free_and_restarts_the_card()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        var card = await CoffeeCardAsync(kit);

        await kit.SellAsync(kit.Basket(customer, 0, kit.LatteLine(1, 3, 270_00)));
        var (_, second) = await kit.SellAsync(kit.Basket(customer, 0, kit.EspressoLine(1, 2, 120_00), kit.CakeLine(2, 1, 150_00)));
        Assert.Equal(2, Assert.Single(second.Stamps).StampsAdded);
        var full = Assert.Single((await kit.StatusAsync(customer)).StampCards);
        Assert.Equal((5, 5, true), (full.Stamps, full.Required, full.RewardReady));

        // A latte (90 TL) and two espressos (60 TL each): the cheapest coffee unit is free, the cake is not.
        var basket = kit.Basket(customer, 0, kit.LatteLine(1, 1, 90_00), kit.EspressoLine(2, 2, 120_00), kit.CakeLine(3, 1, 150_00));
        var quote = await kit.QuoteAsync(basket);
        var free = Assert.Single(quote.LineDiscounts);
        Assert.Equal(new LoyaltyLineDiscount(2, "stamp:" + card, 60_00), free);
        Assert.Equal(new StampChange(card, "Kahve kartı", 2, 1), Assert.Single(quote.Stamps));
        var (_, posting) = await kit.SellAsync(basket);

        Assert.Equal(1, Assert.Single(posting.Stamps).RewardsRedeemed);
        Assert.Equal(90 + 60 + 150, posting.PointsEarned); // the free espresso earns nothing
        var restarted = Assert.Single((await kit.StatusAsync(customer)).StampCards);
        Assert.Equal((2, false), (restarted.Stamps, restarted.RewardReady));
    }

    [Fact]
    public async Task A_ready_card_gives_nothing_on_a_sale_without_a_stamping_product_and_a_return_removes_stamps()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        await CoffeeCardAsync(kit);
        var (receipt, _) = await kit.SellAsync(kit.Basket(customer, 0, kit.LatteLine(1, 6, 540_00)));

        var cakeOnly = await kit.QuoteAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 150_00)));
        Assert.Empty(cakeOnly.LineDiscounts);
        Assert.Empty(cakeOnly.Stamps);

        var back = await kit.ReturnAsync(receipt, customer, new LoyaltyReturnLine(1, 6000, 2000));
        Assert.Equal(-2, Assert.Single(back.Stamps).StampsAdded);
        var status = Assert.Single((await kit.StatusAsync(customer)).StampCards);
        Assert.Equal((4, false), (status.Stamps, status.RewardReady));
    }

    [Fact]
    public async Task A_stamp_card_needs_stamping_products_of_this_business_and_names_the_bad_field()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var other = await LoyaltyKit.CreateAsync(app);

        var none = await kit.Tenant.Api.PostAsJsonAsync("/api/v1/loyalty/stamp-cards", new { name = "Boş", stampsRequired = 5, targets = Array.Empty<object>() });
        var foreign = await kit.Tenant.Api.PostAsJsonAsync("/api/v1/loyalty/stamp-cards",
            new { name = "Yabancı", stampsRequired = 5, targets = new[] { new { kind = "category", id = other.CoffeeCategory } } });

        await AssertProblemAsync(none, "targets");
        await AssertProblemAsync(foreign, "targets[0].id");
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, string field)
    {
        using var problem = await LoyaltyKit.JsonAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    private static async Task<Guid> CoffeeCardAsync(LoyaltyKit kit)
    {
        using var json = await kit.PostAsync("/api/v1/loyalty/stamp-cards", new
        {
            name = "Kahve kartı",
            stampsRequired = 5,
            targets = new[] { new { kind = "category", id = kit.CoffeeCategory } },
        });
        return json.RootElement.GetProperty("id").GetGuid();
    }
}

public sealed class StampCardTests_Sqlite(SqliteApp app) : StampCardTests(app), IClassFixture<SqliteApp>;

public sealed class StampCardTests_Postgres(PostgresApp app) : StampCardTests(app), IClassFixture<PostgresApp>;
