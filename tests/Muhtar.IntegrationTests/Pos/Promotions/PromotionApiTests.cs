using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;
using static Muhtar.IntegrationTests.Pos.Promotions.PromotionApi;

namespace Muhtar.IntegrationTests.Pos.Promotions;

public abstract class PromotionApiTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_promotion_is_created_read_listed_edited_paused_and_resumed()
    {
        var tenant = await app.CreateTenantAsync();

        var created = await CreatePromotionAsync(tenant.Api, new
        {
            name = "Çayda %15 indirim",
            kind = "percentOff",
            percentOff = 15,
            target = new { kind = "tag", tag = "ÇAY" },
            budget = 1500.50m,
            startsAt = "2026-12-01T00:00:00+03:00",
            audience = new[] { "tag:VIP", "tier:Altın" },
        });
        var id = created.Id();
        var read = await GetAsync(tenant.Api, $"/api/v1/pos/promotions/{id}");
        var edited = await tenant.Api.PutAsJsonAsync($"/api/v1/pos/promotions/{id}", new
        {
            name = "Çayda %20 indirim",
            kind = "percentOff",
            percentOff = 20,
            target = new { kind = "tag", tag = "çay" },
            priority = 5,
            exclusive = true,
        });
        var paused = await tenant.Api.PostAsync($"/api/v1/pos/promotions/{id}/pause", null);
        var afterPause = await GetAsync(tenant.Api, $"/api/v1/pos/promotions/{id}");
        await tenant.Api.PostAsync($"/api/v1/pos/promotions/{id}/resume", null);
        var list = await GetAsync(tenant.Api, "/api/v1/pos/promotions");

        Assert.Equal("percentOff", read.GetProperty("kind").GetString());
        Assert.Equal("çay", read.GetProperty("target").GetProperty("tag").GetString());
        Assert.Equal(1500.5m, read.GetProperty("budget").GetDecimal());
        Assert.Equal(0m, read.GetProperty("spent").GetDecimal());
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 21, 0, 0, TimeSpan.Zero), read.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(["tag:vip", "tier:altin"], read.GetProperty("audience").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.True(afterPause.GetProperty("paused").GetBoolean());
        Assert.Equal(20, afterPause.GetProperty("percentOff").GetInt32());
        Assert.True(afterPause.GetProperty("exclusive").GetBoolean());
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var listed = list.GetProperty("items")[0];
        Assert.Equal("Çayda %20 indirim", listed.GetProperty("name").GetString());
        Assert.False(listed.GetProperty("paused").GetBoolean());
    }

    public static TheoryData<string, string> BadPromotions() => new()
    {
        { """{"name":"","kind":"percentOff","percentOff":10}""", "name" },
        { """{"name":"x","kind":"bogus"}""", "kind" },
        { """{"name":"x","kind":"percentOff","percentOff":0}""", "percentOff" },
        { """{"name":"x","kind":"percentOff","percentOff":101}""", "percentOff" },
        { """{"name":"x","kind":"percentOff","percentOff":10,"target":{"kind":"category","id":"0193a000-0000-7000-8000-000000000001"}}""", "target.id" },
        { """{"name":"x","kind":"percentOff","percentOff":10,"target":{"kind":"shelf"}}""", "target.kind" },
        { """{"name":"x","kind":"amountOff","amountOff":1.005}""", "amountOff" },
        { """{"name":"x","kind":"buyNGetY","buyQuantity":0,"getQuantity":1}""", "buyQuantity" },
        { """{"name":"x","kind":"basketThresholdPoints","threshold":500,"bonusPoints":0}""", "bonusPoints" },
        { """{"name":"x","kind":"receiptBottomCoupon","issuedPromotionId":"0193a000-0000-7000-8000-000000000001"}""", "issuedPromotionId" },
        { """{"name":"x","kind":"percentOff","percentOff":10,"startsAt":"2026-12-05T00:00:00Z","endsAt":"2026-12-04T00:00:00Z"}""", "endsAt" },
        { """{"name":"x","kind":"percentOff","percentOff":10,"audience":["vip"]}""", "audience" },
        { """{"name":"x","kind":"percentOff","percentOff":10,"storeIds":["0193a000-0000-7000-8000-000000000001"]}""", "storeIds" },
    };

    [Theory]
    [MemberData(nameof(BadPromotions))]
    public async Task A_bad_promotion_is_refused_with_a_problem_naming_the_field(string body, string field)
    {
        var tenant = await app.CreateTenantAsync();

        var response = await tenant.Api.PostAsync("/api/v1/pos/promotions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, (await GetAsync(tenant.Api, "/api/v1/pos/promotions")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_batch_makes_distinct_typable_codes_and_a_chosen_code_cannot_be_taken_twice()
    {
        var tenant = await app.CreateTenantAsync();
        var promotion = await CreatePromotionAsync(tenant.Api, new { name = "Kupon %10", kind = "percentOff", percentOff = 10, requiresCoupon = true });

        var batch = await CreateCouponsAsync(tenant.Api, new { promotionId = promotion.Id(), count = 25, validUntil = "2027-01-31T23:59:59+03:00" });
        await CreateCouponsAsync(tenant.Api, new { promotionId = promotion.Id(), code = "yilbasi-2027", unlimited = true });
        var again = await tenant.Api.PostAsJsonAsync("/api/v1/pos/coupons", new { promotionId = promotion.Id(), code = "YILBASI2027" });
        var list = await GetAsync(tenant.Api, $"/api/v1/pos/coupons?promotionId={promotion.Id()}&pageSize=200");

        var codes = batch.Select(c => c.GetProperty("code").GetString()!).ToList();
        Assert.Equal(25, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$", c));
        Assert.All(batch, c => Assert.Equal(1, c.GetProperty("maxRedemptions").GetInt32()));
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "code");
        Assert.Equal(26, list.GetProperty("total").GetInt32());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("code").GetString() == "YILBASI2027"
            && c.GetProperty("maxRedemptions").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Coupons_are_refused_for_a_promotion_without_coupons_and_for_an_unknown_customer()
    {
        var tenant = await app.CreateTenantAsync();
        var plain = await CreatePromotionAsync(tenant.Api, new { name = "Herkese %10", kind = "percentOff", percentOff = 10 });
        var coupon = await CreatePromotionAsync(tenant.Api, new { name = "Kupon %10", kind = "percentOff", percentOff = 10, requiresCoupon = true });

        await AssertProblemAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/coupons", new { promotionId = plain.Id() }),
            HttpStatusCode.UnprocessableEntity, "promotionId");
        await AssertProblemAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/coupons", new { promotionId = coupon.Id(), customerId = Guid.NewGuid() }),
            HttpStatusCode.UnprocessableEntity, "customerId");
        await AssertProblemAsync(await tenant.Api.PostAsJsonAsync("/api/v1/pos/coupons", new { promotionId = coupon.Id(), count = 10_001 }),
            HttpStatusCode.UnprocessableEntity, "count");
    }

    [Fact]
    public async Task Another_business_can_neither_see_nor_pause_nor_edit_the_promotions_and_coupons()
    {
        var owner = await app.CreateTenantAsync();
        var intruder = await app.CreateTenantAsync();
        var promotion = await CreatePromotionAsync(owner.Api, new { name = "Gizli kampanya", kind = "percentOff", percentOff = 10, requiresCoupon = true });
        var coupon = (await CreateCouponsAsync(owner.Api, new { promotionId = promotion.Id() }))[0];

        var pause = await intruder.Api.PostAsync($"/api/v1/pos/promotions/{promotion.Id()}/pause", null);
        var edit = await intruder.Api.PutAsJsonAsync($"/api/v1/pos/promotions/{promotion.Id()}", new { name = "Ele geçirildi", kind = "percentOff", percentOff = 90 });
        var steal = await intruder.Api.PostAsJsonAsync("/api/v1/pos/coupons", new { promotionId = promotion.Id(), count = 5 });

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Api.GetAsync($"/api/v1/pos/promotions/{promotion.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Api.GetAsync($"/api/v1/pos/coupons/{coupon.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pause.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        await AssertProblemAsync(steal, HttpStatusCode.UnprocessableEntity, "promotionId");
        Assert.Equal(0, (await GetAsync(intruder.Api, "/api/v1/pos/promotions")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await GetAsync(intruder.Api, "/api/v1/pos/coupons")).GetProperty("total").GetInt32());
        var mine = await GetAsync(owner.Api, $"/api/v1/pos/promotions/{promotion.Id()}");
        Assert.False(mine.GetProperty("paused").GetBoolean());
        Assert.Equal("Gizli kampanya", mine.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_clerk_may_not_manage_promotions()
    {
        var tenant = await app.CreateTenantAsync();
        var clerk = await tenant.LoginAsync(Roles.Clerk);

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/v1/pos/promotions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/v1/pos/coupons", new { count = 1 })).StatusCode);
    }
}

public sealed class PromotionApiTests_Sqlite(SqliteApp app) : PromotionApiTests(app), IClassFixture<SqliteApp>;

public sealed class PromotionApiTests_Postgres(PostgresApp app) : PromotionApiTests(app), IClassFixture<PostgresApp>;
