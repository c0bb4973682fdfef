using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Api;
using Muhtar.Pos.Promotions.Coupons;
using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Pos.Promotions.Admin;

/// <summary>Coupon codes of the business's coupon promotions: batches of random codes, one chosen code, and lists with their uses.</summary>
internal sealed class CouponAdmin(
    IDbContextFactory<MuhtarDbContext> dbFactory, CouponCodes codes, ICustomerDirectory customers, TimeProvider time,
    IStringLocalizer<PromotionsResource> text)
{
    public const int MaxBatch = 10_000;

    public async Task<IReadOnlyList<CouponResponse>> CreateAsync(CouponRequest r, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var promotion = r.PromotionId is { } pid ? await db.Set<Promotion>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        Require(promotion is { RequiresCoupon: true }, "promotionId", "Validation.CouponPromotion");
        var count = r.Count ?? 1;
        Require(count is >= 1 and <= MaxBatch, "count", "Validation.CouponCount");
        var chosen = r.Code is null ? null : CouponCheck.Normalize(r.Code);
        Require(chosen is null || (count == 1 && chosen.Length is >= 4 and <= 32 && chosen.All(char.IsAsciiLetterOrDigit)), "code", "Validation.CouponCode");
        Require(r.CustomerId is null || await customers.GetAsync(r.CustomerId.Value, ct) is not null, "customerId", "Validation.CouponCustomer");
        Require(r.ValidFrom is null || r.ValidUntil is null || r.ValidUntil > r.ValidFrom, "validUntil", "Validation.CouponValidity");
        int? max = r.Unlimited == true ? null : r.MaxRedemptions ?? 1;
        Require(max is null or (>= 1 and <= 1_000_000), "maxRedemptions", "Validation.CouponMax");
        if (chosen is not null && await db.Set<Coupon>().AnyAsync(c => c.Code == chosen, ct))
        {
            throw new RuleViolation("code", text["Validation.CouponCodeTaken"], 409);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var newCodes = chosen is null ? await codes.NewAsync(db, count, ct) : [chosen];
        var coupons = newCodes.Select(code => new Coupon(promotion!.Id, code, r.CustomerId, r.ValidFrom?.UtcDateTime, r.ValidUntil?.UtcDateTime,
            max, null, null, now)).ToList();
        db.AddRange(coupons);
        await db.SaveChangesAsync(ct);
        return coupons.Select(c => ToResponse(c, promotion!.Name, [])).ToList();
    }

    public async Task<(IReadOnlyList<CouponResponse> Items, int Total)> ListAsync(
        Guid? promotionId, Guid? customerId, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<Coupon>().AsNoTracking()
            .Where(c => promotionId == null || c.PromotionId == promotionId)
            .Where(c => customerId == null || c.CustomerId == customerId);
        var total = await query.CountAsync(ct);
        var page = await query.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Code).Skip(skip).Take(take).ToListAsync(ct);
        return (await WithDetailsAsync(db, page, ct), total);
    }

    public async Task<CouponResponse?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var coupon = await db.Set<Coupon>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return coupon is null ? null : (await WithDetailsAsync(db, [coupon], ct))[0];
    }

    private static async Task<IReadOnlyList<CouponResponse>> WithDetailsAsync(MuhtarDbContext db, List<Coupon> coupons, CancellationToken ct)
    {
        var ids = coupons.Select(c => c.Id).ToList();
        var promotionIds = coupons.Select(c => c.PromotionId).Distinct().ToList();
        var names = await db.Set<Promotion>().AsNoTracking().Where(p => promotionIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var uses = (await db.Set<CouponRedemption>().AsNoTracking().Where(r => ids.Contains(r.CouponId)).ToListAsync(ct))
            .OrderBy(r => r.RedeemedAt).ThenBy(r => r.Id).ToLookup(r => r.CouponId);
        return coupons.Select(c => ToResponse(c, names.GetValueOrDefault(c.PromotionId, ""), uses[c.Id])).ToList();
    }

    private static CouponResponse ToResponse(Coupon c, string promotionName, IEnumerable<CouponRedemption> uses) => new(
        c.Id, c.PromotionId, promotionName, c.Code, c.Title, c.CustomerId, Offset(c.ValidFrom), Offset(c.ValidUntil), c.MaxRedemptions,
        c.Redemptions, c.IssuedByReceiptId, ApiTime.ToOffset(c.CreatedAt),
        uses.Select(u => new RedemptionResponse(u.ReceiptId, u.CustomerId, Money.ToTry(u.DiscountKurus), u.BonusPoints, ApiTime.ToOffset(u.RedeemedAt))).ToList());

    private static DateTimeOffset? Offset(DateTime? utc) => utc is { } u ? ApiTime.ToOffset(u) : null;

    private void Require(bool ok, string field, string key)
    {
        if (!ok)
        {
            throw new RuleViolation(field, text[key]);
        }
    }
}
