using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Loyalty;

/// <summary>The admin API under /api/v1/loyalty: settings, a customer's standing, ledger and adjustments.</summary>
public abstract class LoyaltyApiTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Programme_settings_round_trip_in_lira_and_bad_values_name_their_field()
    {
        var kit = await LoyaltyKit.CreateAsync(app);

        using var saved = await kit.PutAsync("/api/v1/loyalty/programme",
            new { isActive = true, pointsPerLira = 0.5, pointValue = 0.02, minRedeemPoints = 50, maxRedeemPercent = 30, expiryMonths = 6 });
        using var read = await kit.GetAsync("/api/v1/loyalty/programme");

        Assert.Equal(saved.RootElement.ToString(), read.RootElement.ToString());
        Assert.Equal(0.5m, read.RootElement.GetProperty("pointsPerLira").GetDecimal());
        Assert.Equal(0.02m, read.RootElement.GetProperty("pointValue").GetDecimal());
        Assert.Equal(30, read.RootElement.GetProperty("maxRedeemPercent").GetInt32());
        await StampCardTests.AssertProblemAsync(await kit.Tenant.Api.PutAsJsonAsync("/api/v1/loyalty/programme", new { maxRedeemPercent = 101 }), "maxRedeemPercent");
        await StampCardTests.AssertProblemAsync(await kit.Tenant.Api.PutAsJsonAsync("/api/v1/loyalty/programme", new { pointValue = 0.001 }), "pointValue");
        await StampCardTests.AssertProblemAsync(await kit.Tenant.Api.PostAsJsonAsync("/api/v1/loyalty/earn-rules",
            new { name = "x", targetKind = "colour", targetId = kit.Latte, multiplier = 2 }), "targetKind");
        await StampCardTests.AssertProblemAsync(await kit.Tenant.Api.PostAsJsonAsync("/api/v1/loyalty/earn-rules",
            new { name = "x", targetKind = "product", targetId = kit.Latte, multiplier = 0 }), "multiplier");
    }

    [Fact]
    public async Task A_manual_adjustment_needs_a_reason_is_replayed_under_its_idempotency_key_and_shows_in_the_ledger()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        var url = $"/api/v1/loyalty/customers/{customer}/adjustments";

        await StampCardTests.AssertProblemAsync(await kit.Tenant.Api.PostAsJsonAsync(url, new { points = 100 }), "reason");
        await StampCardTests.AssertProblemAsync(await kit.Tenant.Api.PostAsJsonAsync(url, new { points = -1, reason = "Deneme" }), "points");
        var key = Guid.NewGuid().ToString();
        var first = await PostWithKeyAsync(kit, url, key);
        var retry = await PostWithKeyAsync(kit, url, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        using var status = await kit.GetAsync($"/api/v1/loyalty/customers/{customer}");
        Assert.Equal(250, status.RootElement.GetProperty("balance").GetInt64());
        Assert.Equal(2.5m, status.RootElement.GetProperty("balanceValue").GetDecimal());
        using var ledger = await kit.GetAsync($"/api/v1/loyalty/customers/{customer}/ledger?page=1&pageSize=10");
        var entry = Assert.Single(ledger.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("adjustment", entry.GetProperty("kind").GetString());
        Assert.Equal("Mağaza açılış hediyesi", entry.GetProperty("reason").GetString());
        Assert.Equal(1, ledger.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_ledger_is_paged_newest_first_and_paging_out_of_range_names_the_parameter()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        for (var i = 1; i <= 3; i++)
        {
            await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, i * 100_00)) with { OccurredAt = kit.Now.AddMinutes(i) });
        }

        using var page = await kit.GetAsync($"/api/v1/loyalty/customers/{customer}/ledger?page=1&pageSize=2");
        var points = page.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("points").GetInt64()).ToList();

        Assert.Equal([300L, 200L], points);
        Assert.Equal(3, page.RootElement.GetProperty("total").GetInt32());
        await StampCardTests.AssertProblemAsync(await kit.Tenant.Api.GetAsync($"/api/v1/loyalty/customers/{customer}/ledger?pageSize=201"), "pageSize");
    }

    [Fact]
    public async Task Another_business_sees_neither_the_customer_nor_their_ledger_and_cannot_adjust_it()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var other = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 100_00)));

        Assert.Equal(HttpStatusCode.NotFound, (await other.Tenant.Api.GetAsync($"/api/v1/loyalty/customers/{customer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Tenant.Api.GetAsync($"/api/v1/loyalty/customers/{customer}/ledger")).StatusCode);
        var adjust = await other.Tenant.Api.PostAsJsonAsync($"/api/v1/loyalty/customers/{customer}/adjustments", new { points = 5, reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, adjust.StatusCode);
        Assert.Equal((100L, 100L), await kit.BalancesAsync(customer));
    }

    [Fact]
    public async Task A_clerk_may_read_a_customers_points_but_not_adjust_them()
    {
        var kit = await LoyaltyKit.CreateAsync(app);
        var customer = await kit.CustomerAsync();
        var clerk = await kit.Tenant.LoginAsync(Roles.Clerk);

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/v1/loyalty/customers/{customer}")).StatusCode);
        var adjust = await clerk.PostAsJsonAsync($"/api/v1/loyalty/customers/{customer}/adjustments", new { points = 5, reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, adjust.StatusCode);
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(LoyaltyKit kit, string url, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { points = 250, reason = "Mağaza açılış hediyesi" }) };
        request.Headers.Add("Idempotency-Key", key);
        return kit.Tenant.Api.SendAsync(request);
    }
}

public sealed class LoyaltyApiTests_Sqlite(SqliteApp app) : LoyaltyApiTests(app), IClassFixture<SqliteApp>;

public sealed class LoyaltyApiTests_Postgres(PostgresApp app) : LoyaltyApiTests(app), IClassFixture<PostgresApp>;
