using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;
using static Muhtar.IntegrationTests.Pos.Checkout.TillClient;

namespace Muhtar.IntegrationTests.Pos.Checkout;

/// <summary>
/// A whole sale through the till API with the real promotion engine and loyalty programme (P1, P4, P5, P6,
/// P7): evaluate and receipts agree, points are awarded once, a return takes back its share, a full stamp
/// card gives the next coffee free, and a till key sells only in its own store.
/// </summary>
public abstract class TillSaleTests(MuhtarAppFactory app)
{
    private const string Unknown = "2999999999993";

    // 3 milks at 64 (the third free: "3 al 2 öde"), a tea at 260 (10 % off vegan items) and six loose items
    // at 15,50: 545,00 gross − 64,00 − 26,00 = 455,00 TL, which earns 455 points at 1 point per lira.
    private static readonly object[] TenLines =
    [
        Line(Milk, 1, 64m), Line(Milk, 1, 64m), Line(Milk, 1, 64m), Line(Tea, 1, 260m),
        Line(Unknown, 1, 15.5m), Line(Unknown, 1, 15.5m), Line(Unknown, 1, 15.5m),
        Line(Unknown, 1, 15.5m), Line(Unknown, 1, 15.5m), Line(Unknown, 1, 15.5m),
    ];

    [Fact]
    public async Task A_ten_line_receipt_with_two_promotions_earns_points_and_is_priced_exactly_as_evaluate_said()
    {
        var (tenant, threeForTwo, veganOff, _) = await ShopAsync();
        var phone = "+905321110001";
        await CreateCustomerAsync(tenant.Api, phone);

        using var evaluation = await ReadAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/evaluate", new { storeCode = "IST01", phone, lines = TenLines }), HttpStatusCode.OK);
        using var posted = await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("S1", 455m, TenLines, phone: phone), "key-s1"), HttpStatusCode.Created);

        var evaluated = evaluation.RootElement;
        Assert.Equal(455m, evaluated.GetProperty("total").GetDecimal());
        Assert.Equal(90m, evaluated.GetProperty("discountTotal").GetDecimal());
        Assert.Equal(455, evaluated.GetProperty("pointsToEarn").GetInt64());
        var applied = evaluated.GetProperty("lines").EnumerateArray()
            .SelectMany(l => l.GetProperty("promotions").EnumerateArray().Select(p => p.GetString())).ToHashSet();
        Assert.Equal(new HashSet<string?> { threeForTwo.ToString(), veganOff.ToString() }, applied);
        Assert.Equal(evaluated.ToString(), posted.RootElement.GetProperty("evaluation").ToString());
        Assert.Equal(455, posted.RootElement.GetProperty("pointsEarned").GetInt64());
        Assert.Equal(455, await BalanceAsync(tenant, phone));
    }

    [Fact]
    public async Task An_anonymous_receipt_over_a_bonus_threshold_gives_its_bonus_points_to_the_customer_who_claims_it()
    {
        var (tenant, _, _, _) = await ShopAsync();
        await CreateAsync(tenant, new { name = "400 TL ve üzeri alışverişe 100 puan", kind = "basketThresholdPoints", threshold = 400m, bonusPoints = 100 });
        var phone = "+905321110009";
        await CreateCustomerAsync(tenant.Api, phone);
        using var posted = await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("S9", 455m, TenLines), "key-s9"), HttpStatusCode.Created);

        using var claimed = await ReadAsync(await tenant.Api.PostAsJsonAsync(
            $"/api/v1/pos/receipts/{posted.RootElement.GetProperty("receiptId").GetGuid()}/claim", new { phone }), HttpStatusCode.OK);

        // 455 points for 455 TL, as if the customer had been named at the till, plus the basket's 100.
        Assert.Equal(555, claimed.RootElement.GetProperty("pointsEarned").GetInt64());
        Assert.Equal(555, await BalanceAsync(tenant, phone));
    }

    [Fact]
    public async Task Posting_the_same_receipt_twice_awards_points_once()
    {
        var (tenant, _, _, _) = await ShopAsync();
        var phone = "+905321110002";
        await CreateCustomerAsync(tenant.Api, phone);
        var receipt = Receipt("S2", 455m, TenLines, phone: phone);

        using var first = await ReadAsync(await PostReceiptAsync(tenant.Api, receipt, "key-s2"), HttpStatusCode.Created);
        using var again = await ReadAsync(await PostReceiptAsync(tenant.Api, receipt, "key-s2"), HttpStatusCode.Created);

        Assert.Equal(first.RootElement.GetProperty("receiptId").GetGuid(), again.RootElement.GetProperty("receiptId").GetGuid());
        Assert.Equal(455, await BalanceAsync(tenant, phone));
        Assert.Equal(1, await CountReceiptsAsync(app, tenant, "S2"));
    }

    [Fact]
    public async Task Ten_sales_to_a_new_customer_at_once_are_all_stored_and_the_balance_is_their_sum()
    {
        var (tenant, _, _, _) = await ShopAsync();
        var phone = "+905321110006";
        await CreateCustomerAsync(tenant.Api, phone);

        var answers = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            PostReceiptAsync(tenant.Api, Receipt($"S6-{i}", 128m, [Line(Milk, 2, 64m)], phone: phone), $"key-s6-{i}")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(10 * 128, await BalanceAsync(tenant, phone));
    }

    [Fact]
    public async Task Returning_the_tea_refunds_its_net_price_and_takes_back_its_points()
    {
        var (tenant, _, _, _) = await ShopAsync();
        var phone = "+905321110003";
        await CreateCustomerAsync(tenant.Api, phone);
        using var posted = await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("S3", 455m, TenLines, phone: phone), "key-s3"), HttpStatusCode.Created);

        using var returned = await ReadAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/returns", new
        {
            originalReceiptId = posted.RootElement.GetProperty("receiptId").GetGuid(),
            storeCode = "IST01",
            tillCode = "02",
            lines = new[] { new { lineNo = 4, quantity = 1m } },
        }), HttpStatusCode.Created);

        Assert.Equal(234m, returned.RootElement.GetProperty("refund").GetDecimal());
        Assert.Equal(234, returned.RootElement.GetProperty("pointsReversed").GetInt64());
        Assert.Equal(455 - 234, await BalanceAsync(tenant, phone));
    }

    [Fact]
    public async Task A_full_stamp_card_makes_the_next_milk_free_and_starts_again()
    {
        var (tenant, _, _, milkId) = await ShopAsync();
        var phone = "+905321110004";
        await CreateCustomerAsync(tenant.Api, phone);
        using var card = await ReadAsync(await tenant.Api.PostAsJsonAsync("/api/v1/loyalty/stamp-cards", new
        {
            name = "Süt kartı",
            stampsRequired = 2,
            targets = new[] { new { kind = "product", id = milkId } },
        }), HttpStatusCode.Created);
        var cardId = card.RootElement.GetProperty("id").GetGuid();
        await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("S4a", 128m, [Line(Milk, 2, 64m)], phone: phone), "key-s4a"), HttpStatusCode.Created);
        Assert.True(await RewardReadyAsync(tenant, phone, cardId));

        using var free = await ReadAsync(await PostReceiptAsync(tenant.Api, Receipt("S4b", 0m, [Line(Milk, 1, 64m)], phone: phone), "key-s4b"), HttpStatusCode.Created);

        var line = free.RootElement.GetProperty("evaluation").GetProperty("lines")[0];
        Assert.Equal(64m, line.GetProperty("discount").GetDecimal());
        Assert.Contains($"stamp:{cardId}", line.GetProperty("promotions").EnumerateArray().Select(p => p.GetString()));
        Assert.False(await RewardReadyAsync(tenant, phone, cardId));
    }

    [Fact]
    public async Task A_till_key_of_one_store_cannot_sell_in_another()
    {
        var (tenant, _, _, _) = await ShopAsync();
        var owner = await tenant.LoginAsync(Roles.Owner);
        using var created = await ReadAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "ankara-kasa", scopes = new[] { "pos" }, storeCode = "ANK01" }),
            HttpStatusCode.Created);
        var ankara = TestTenant.CreateApiClient(app, created.RootElement.GetProperty("key").GetString()!);

        var elsewhere = await PostReceiptAsync(ankara, Receipt("S5", 128m, [Line(Milk, 2, 64m)]), "key-s5");

        await ProblemAsync(elsewhere, HttpStatusCode.Forbidden, "storeCode");
        Assert.Equal(0, await CountReceiptsAsync(app, tenant, "S5"));
    }

    /// <summary>A business with the POS rows, a loyalty programme (1 point per lira) and two promotions.</summary>
    private async Task<(TestTenant Tenant, Guid ThreeForTwo, Guid VeganOff, Guid MilkId)> ShopAsync()
    {
        var tenant = await app.CreateTenantAsync();
        var rows = await PosRows.SeedAsync(app, tenant);
        using var _ = await ReadAsync(await tenant.Api.PutAsJsonAsync("/api/v1/loyalty/programme",
            new { isActive = true, pointsPerLira = 1, pointValue = 0.01, minRedeemPoints = 100, maxRedeemPercent = 50, expiryMonths = 12 }), HttpStatusCode.OK);
        var threeForTwo = await CreateAsync(tenant, new
        {
            name = "Sütte 3 al 2 öde",
            kind = "buyNGetY",
            buyQuantity = 2,
            getQuantity = 1,
            percentOff = 100,
            target = new { kind = "product", id = rows.MilkId },
        });
        var veganOff = await CreateAsync(tenant, new { name = "Vegan ürünlerde %10", kind = "percentOff", percentOff = 10, target = new { kind = "tag", tag = "vegan" } });
        return (tenant, threeForTwo, veganOff, rows.MilkId);
    }

    private static async Task<Guid> CreateAsync(TestTenant tenant, object promotion)
    {
        using var json = await ReadAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/promotions", promotion), HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<long> BalanceAsync(TestTenant tenant, string phone)
    {
        using var json = await LookupAsync(tenant, phone);
        return json.RootElement.GetProperty("points").GetProperty("balance").GetInt64();
    }

    private static async Task<bool> RewardReadyAsync(TestTenant tenant, string phone, Guid cardId)
    {
        using var json = await LookupAsync(tenant, phone);
        return json.RootElement.GetProperty("stampCards").EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == cardId).GetProperty("rewardReady").GetBoolean();
    }

    private static async Task<JsonDocument> LookupAsync(TestTenant tenant, string phone) =>
        await ReadAsync(await tenant.Api.GetAsync($"/api/v1/pos/lookup?phone={Uri.EscapeDataString(phone)}"), HttpStatusCode.OK);
}

public sealed class TillSaleTests_Sqlite(SqliteApp app) : TillSaleTests(app), IClassFixture<SqliteApp>;

public sealed class TillSaleTests_Postgres(PostgresApp app) : TillSaleTests(app), IClassFixture<PostgresApp>;
