using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Timeline;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Privacy;

namespace Muhtar.IntegrationTests.Loyalty;

/// <summary>Points and stamps follow the customer through merges, undo, erasure and the timeline.</summary>
public abstract class LoyaltyCustomerLifecycleTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Merging_customers_adds_their_balances_and_stamps_and_undo_gives_each_back_their_own()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        await kit.PostAsync("/api/v1/loyalty/stamp-cards", new { name = "Kahve kartı", stampsRequired = 5, targets = new[] { new { kind = "category", id = kit.CoffeeCategory } } });
        var survivor = await kit.CustomerAsync("Ayşe");
        var twin = await kit.CustomerAsync("Ayse");
        await kit.SellAsync(kit.Basket(survivor, 0, kit.LatteLine(1, 3, 300_00)));
        await kit.SellAsync(kit.Basket(twin, 0, kit.LatteLine(1, 2, 200_00)));

        using var merge = await kit.PostAsync("/api/v1/customers/merges", new { survivorId = survivor, mergedIds = new[] { twin } });
        var merged = await kit.StatusAsync(survivor);
        Assert.Equal(500, merged.Balance);
        Assert.True(Assert.Single(merged.StampCards).RewardReady);
        Assert.Equal((500L, 500L), await kit.BalancesAsync(survivor));

        await kit.PostAsync($"/api/v1/customers/merges/{merge.RootElement.GetProperty("id").GetGuid()}/undo", new { }, HttpStatusCode.OK);

        Assert.Equal((300L, 300L), await kit.BalancesAsync(survivor));
        Assert.Equal((200L, 200L), await kit.BalancesAsync(twin));
        Assert.Equal(2, Assert.Single((await kit.StatusAsync(twin)).StampCards).Stamps);
    }

    [Fact]
    public async Task Erasure_blanks_the_adjustment_reason_but_keeps_the_points()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        var secret = "Doğum günü hediyesi " + Guid.NewGuid().ToString("N")[..8];
        await kit.PostAsync($"/api/v1/loyalty/customers/{customer}/adjustments", new { points = 120, reason = secret });
        Assert.NotEmpty(await DatabaseScan.FindAsync(app, [secret]));

        var request = await PrivacyApi.CreateAsync(kit.Tenant.Api, new { customerId = customer, type = "erasure", channel = "letter", requestedOn = PrivacyApi.Today(app) });
        await PrivacyApi.PostAsync(kit.Tenant.Api, $"/api/v1/privacy/requests/{request.GetProperty("id").GetGuid()}/complete");

        Assert.Empty(await DatabaseScan.FindAsync(app, [secret]));
        Assert.Equal((120L, 120L), await kit.BalancesAsync(customer));
    }

    [Fact]
    public async Task The_timeline_shows_points_earned_and_redeemed_and_a_stamp_card_filling_and_its_reward()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        await kit.PostAsync("/api/v1/loyalty/stamp-cards", new { name = "Kahve kartı", stampsRequired = 2, targets = new[] { new { kind = "product", id = kit.Latte } } });
        var customer = await kit.CustomerAsync();
        await kit.SellAsync(kit.Basket(customer, 0, kit.LatteLine(1, 2, 180_00), kit.CakeLine(2, 1, 150_00)));
        var second = kit.Now.AddMinutes(5);
        await kit.SellAsync(kit.Basket(customer, 100, kit.LatteLine(1, 1, 90_00), kit.CakeLine(2, 1, 150_00)) with { OccurredAt = second });

        var entries = await kit.WithScopeAsync(async sp =>
        {
            var source = sp.GetServices<ITimelineSource>().Single(s => s.GetType().Name == "LoyaltyTimelineSource");
            return await source.ReadAsync(customer, null, 20, default);
        });

        Assert.Equal(["loyalty-earn", "loyalty-earn", "loyalty-redeem", "stamp-card-full", "stamp-reward"], entries.Select(e => e.Kind).Order(StringComparer.Ordinal));
        Assert.Equal(second, entries[0].At);
        Assert.Contains(entries, e => e.Kind == "loyalty-redeem" && e.Title.Contains("100", StringComparison.Ordinal));
    }
}

public sealed class LoyaltyCustomerLifecycleTests_Sqlite(SqliteApp app) : LoyaltyCustomerLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class LoyaltyCustomerLifecycleTests_Postgres(PostgresApp app) : LoyaltyCustomerLifecycleTests(app), IClassFixture<PostgresApp>;
