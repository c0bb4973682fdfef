using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Promotions;
using static Muhtar.IntegrationTests.Pos.Promotions.PromotionApi;

namespace Muhtar.IntegrationTests.Pos.Promotions;

/// <summary>
/// The till's side of the engine on a real database: evaluate, then stage inside a transaction as the
/// receipt endpoint does (receipt ids are fresh GUIDs: staging does not need the receipt row).
/// </summary>
public abstract class PromotionStagingTests(MuhtarAppFactory app)
{
    private static readonly Guid StoreId = Guid.NewGuid();

    [Fact]
    public async Task Ten_concurrent_receipts_with_one_single_use_coupon_redeem_it_exactly_once()
    {
        var tenant = await app.CreateTenantAsync();
        var promotion = await CreatePromotionAsync(tenant.Api, new { name = "Kupon %10", kind = "percentOff", percentOff = 10, requiresCoupon = true });
        var coupon = (await CreateCouponsAsync(tenant.Api, new { promotionId = promotion.Id(), code = "TEKSEFER" }))[0];
        var basket = Basket(20_000, "tek-sefer");
        var outcome = await EvaluateAsync(tenant, basket);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => StageAsync(tenant, basket, outcome)));

        Assert.Equal(2_000, outcome.DiscountTotalKurus);
        Assert.Equal(1, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.Equal("couponCodes", r!.Field));
        var stored = await GetAsync(tenant.Api, $"/api/v1/pos/coupons/{coupon.Id()}");
        Assert.Equal(1, stored.GetProperty("redemptions").GetInt32());
        Assert.Equal(20m, Assert.Single(stored.GetProperty("redemptionList").EnumerateArray()).GetProperty("discount").GetDecimal());
        var retry = await Assert.ThrowsAsync<RuleViolation>(() => EvaluateAsync(tenant, basket));
        Assert.Equal("couponCodes", retry.Field);
    }

    [Fact]
    public async Task One_customer_at_two_tills_at_once_gets_a_once_per_customer_promotion_once_and_the_other_till_a_clean_refusal()
    {
        var tenant = await app.CreateTenantAsync();
        var ahmet = await CreateCustomerAsync(tenant, "Ahmet");
        var promotion = await CreatePromotionAsync(tenant.Api, new { name = "İlk alışverişe %15", kind = "percentOff", percentOff = 15, requiresCoupon = true, perCustomerLimit = 1 });
        // Codes that anyone may use many times: only the per-customer limit stands between Ahmet and a second discount.
        await CreateCouponsAsync(tenant.Api, new { promotionId = promotion.Id(), code = "HOSGELDIN", unlimited = true });
        await CreateCouponsAsync(tenant.Api, new { promotionId = promotion.Id(), code = "MERHABA1", unlimited = true });
        var first = Basket(10_000, "HOSGELDIN") with { CustomerId = ahmet };
        var second = Basket(10_000, "MERHABA1") with { CustomerId = ahmet };
        var outcomes = (await EvaluateAsync(tenant, first), await EvaluateAsync(tenant, second));

        var results = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(i => i % 2 == 0 ? StageAsync(tenant, first, outcomes.Item1) : StageAsync(tenant, second, outcomes.Item2)));

        Assert.Equal((1_500, 1_500), (outcomes.Item1.DiscountTotalKurus, outcomes.Item2.DiscountTotalKurus));
        Assert.Equal(1, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(("couponCodes", 409), (r!.Field, r.Status)));
        var again = await Assert.ThrowsAsync<RuleViolation>(() => EvaluateAsync(tenant, Basket(10_000, "MERHABA1") with { CustomerId = ahmet }));
        Assert.Equal("couponCodes", again.Field);
    }

    [Fact]
    public async Task Concurrent_receipts_never_spend_more_than_the_budget()
    {
        var tenant = await app.CreateTenantAsync();
        // 10% of a 200 TL basket is 20 TL: a 100 TL budget covers five receipts.
        var promotion = await CreatePromotionAsync(tenant.Api, new { name = "Bütçeli %10", kind = "percentOff", percentOff = 10, budget = 100m });
        var basket = Basket(20_000);
        var outcome = await EvaluateAsync(tenant, basket);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => StageAsync(tenant, basket, outcome)));
        var exhausted = await EvaluateAsync(tenant, basket);

        Assert.Equal(2_000, outcome.DiscountTotalKurus);
        Assert.Equal(5, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.Equal("promotions", r!.Field));
        Assert.Equal(100m, (await GetAsync(tenant.Api, $"/api/v1/pos/promotions/{promotion.Id()}")).GetProperty("spent").GetDecimal());
        Assert.Empty(exhausted.Discounts);
    }

    [Fact]
    public async Task A_receipt_with_nappies_issues_a_coupon_the_customer_can_then_use_and_nobody_else_can()
    {
        var tenant = await app.CreateTenantAsync();
        var ahmet = await CreateCustomerAsync(tenant, "Ahmet");
        var zeynep = await CreateCustomerAsync(tenant, "Zeynep");
        var babyFood = await CreatePromotionAsync(tenant.Api, new { name = "Mamada %20", kind = "percentOff", percentOff = 20, requiresCoupon = true });
        await CreatePromotionAsync(tenant.Api, new
        {
            name = "Bez alana mama kuponu",
            kind = "receiptBottomCoupon",
            issuedPromotionId = babyFood.Id(),
            couponTitle = "Mamada %20 indirim",
            couponValidDays = 14,
        });
        var basket = Basket(40_000) with { CustomerId = ahmet };

        var evaluation = await EvaluateAsync(tenant, basket);
        var issued = Assert.Single(await StageIssuingAsync(tenant, basket, evaluation));
        var usable = await UsableAsync(tenant, ahmet);
        var notZeyneps = await Assert.ThrowsAsync<RuleViolation>(() => EvaluateAsync(tenant, Basket(10_000, issued.Code!) with { CustomerId = zeynep }));
        var ahmetUses = await EvaluateAsync(tenant, Basket(10_000, issued.Code!.ToLowerInvariant()) with { CustomerId = ahmet });

        Assert.Null(Assert.Single(evaluation.CouponsToPrint).Code);
        Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$", issued.Code);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(14), issued.ExpiresAt);
        var listed = Assert.Single(usable);
        Assert.Equal((issued.Code, "Mamada %20 indirim"), (listed.Code, listed.Title));
        Assert.Empty(await UsableAsync(tenant, zeynep));
        Assert.Equal("couponCodes", notZeyneps.Field);
        Assert.Equal(2_000, ahmetUses.DiscountTotalKurus);
    }

    [Fact]
    public async Task Usable_coupons_leave_out_expired_used_and_paused_ones()
    {
        var tenant = await app.CreateTenantAsync();
        var ahmet = await CreateCustomerAsync(tenant, "Ahmet");
        var now = app.Clock.GetUtcNow();
        var live = await CreatePromotionAsync(tenant.Api, new { name = "Kahvede %10", kind = "percentOff", percentOff = 10, requiresCoupon = true });
        var paused = await CreatePromotionAsync(tenant.Api, new { name = "Durdurulan", kind = "percentOff", percentOff = 10, requiresCoupon = true });
        await CreateCouponsAsync(tenant.Api, new { promotionId = live.Id(), code = "GECERLI1", customerId = ahmet, validUntil = now.AddDays(3) });
        await CreateCouponsAsync(tenant.Api, new { promotionId = live.Id(), code = "BITMIS01", customerId = ahmet, validUntil = now.AddMinutes(-1) });
        await CreateCouponsAsync(tenant.Api, new { promotionId = live.Id(), code = "KULLANIL", customerId = ahmet });
        await CreateCouponsAsync(tenant.Api, new { promotionId = paused.Id(), code = "DURDU001", customerId = ahmet });
        await tenant.Api.PostAsync($"/api/v1/pos/promotions/{paused.Id()}/pause", null);
        var used = Basket(5_000, "KULLANIL") with { CustomerId = ahmet };
        Assert.Null(await StageAsync(tenant, used, await EvaluateAsync(tenant, used)));

        var usable = await UsableAsync(tenant, ahmet);

        Assert.Equal(["GECERLI1"], usable.Select(c => c.Code));
        Assert.Equal("Kahvede %10", usable[0].Title);
    }

    private static PromotionBasket Basket(long priceKurus, params string[] codes) =>
        new(StoreId, null, DateTime.UtcNow, codes, [new PromotionLine(1, "8690000000005", Guid.NewGuid(), Guid.NewGuid(), null, null, [], 1_000, priceKurus)]);

    private async Task<Guid> CreateCustomerAsync(TestTenant tenant, string firstName)
    {
        var response = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName, lastName = "Yılmaz" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Id();
    }

    private async Task<T> InTenantAsync<T>(TestTenant tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        return await work(scope.ServiceProvider);
    }

    private Task<PromotionOutcome> EvaluateAsync(TestTenant tenant, PromotionBasket basket) =>
        InTenantAsync(tenant, s => s.GetRequiredService<PromotionService>().EvaluateAsync(basket with { At = app.Clock.GetUtcNow().UtcDateTime }));

    private Task<IReadOnlyList<UsableCoupon>> UsableAsync(TestTenant tenant, Guid customerId) =>
        InTenantAsync(tenant, s => s.GetRequiredService<PromotionService>().UsableCouponsAsync(customerId, app.Clock.GetUtcNow().UtcDateTime));

    /// <summary>Stages like the receipt endpoint: own transaction, save, commit. Null when it went through.</summary>
    private async Task<RuleViolation?> StageAsync(TestTenant tenant, PromotionBasket basket, PromotionOutcome outcome)
    {
        try
        {
            await StageIssuingAsync(tenant, basket, outcome);
            return null;
        }
        catch (RuleViolation violation)
        {
            return violation;
        }
    }

    private Task<IReadOnlyList<CouponToPrint>> StageIssuingAsync(TestTenant tenant, PromotionBasket basket, PromotionOutcome outcome) =>
        InTenantAsync(tenant, async s =>
        {
            await using var db = await s.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var issued = await s.GetRequiredService<PromotionService>().StageAsync(
                db, Guid.CreateVersion7(), basket with { At = app.Clock.GetUtcNow().UtcDateTime }, outcome);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return issued;
        });
}

public sealed class PromotionStagingTests_Sqlite(SqliteApp app) : PromotionStagingTests(app), IClassFixture<SqliteApp>;

public sealed class PromotionStagingTests_Postgres(PostgresApp app) : PromotionStagingTests(app), IClassFixture<PostgresApp>;
