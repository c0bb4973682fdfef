using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Promotions.Coupons;
using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Pos.Promotions;

/// <summary>
/// A few promotions a neighbourhood market runs: "3 al 2 öde" on biscuits, 500 TL and over earns 100 points,
/// a 20% baby-food coupon printed under receipts with nappies, and a 50 TL welcome coupon for gold members.
/// Runs after the POS seeder (Order 20) because it targets its categories; does nothing when promotions exist.
/// </summary>
internal sealed class PromotionDemoSeeder(IDbContextFactory<MuhtarDbContext> factory, CouponCodes codes) : IDemoSeeder
{
    public int Order => 25;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Set<Promotion>().AnyAsync(ct))
        {
            return;
        }

        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        ItemTarget Shelf(string name) => categories.TryGetValue(name, out var id) ? new ItemTarget(TargetKind.Category, id) : ItemTarget.Any;
        var now = context.Now;
        var babyFood = new Promotion(Values("Mamada %20 indirim kuponu", PromotionKind.PercentOff, Shelf("Bebek Maması")) with
        {
            RequiresCoupon = true,
            PercentOff = 20,
            PerCustomerLimit = 3,
            BudgetKurus = 25_000_00,
        }, now);
        var promotions = new[]
        {
            new Promotion(Values("Bisküvide 3 al 2 öde", PromotionKind.BuyNGetY, Shelf("Bisküvi")) with
            {
                BuyQuantity = 2, GetQuantity = 1, PercentOff = 100, Exclusive = true, Priority = 10,
            }, now),
            new Promotion(Values("500 TL ve üzeri alışverişe 100 puan", PromotionKind.BasketThresholdPoints, ItemTarget.Any) with
            {
                ThresholdKurus = 500_00, BonusPoints = 100,
            }, now),
            babyFood,
            new Promotion(Values("Bez alana mama kuponu", PromotionKind.ReceiptBottomCoupon, Shelf("Bebek Bezi")) with
            {
                IssuedPromotionId = babyFood.Id, CouponTitle = "Bebek mamasında %20 indirim", CouponValidDays = 14,
            }, now),
            new Promotion(Values("Altın üyelere 50 TL hoş geldin", PromotionKind.AmountOff, ItemTarget.Any) with
            {
                RequiresCoupon = true, AmountOffKurus = 50_00, ThresholdKurus = 300_00, Audience = ["tier:altin"], PerCustomerLimit = 1,
            }, now),
        };
        db.AddRange(promotions);
        db.Add(new Coupon(promotions[^1].Id, "ALTIN50", null, now, now.AddDays(90), null, null, null, now));
        foreach (var code in await codes.NewAsync(db, 20, ct))
        {
            db.Add(new Coupon(babyFood.Id, code, null, now, now.AddDays(30), 1, null, null, now));
        }

        await db.SaveChangesAsync(ct);
    }

    private static PromotionValues Values(string name, PromotionKind kind, ItemTarget target) =>
        new(name, kind, target, null, 0, false, null, null, [], null, false, null, [], 0, 0, 0, 0, 0, 0, null, null, 0);
}
