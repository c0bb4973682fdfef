using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Pos.Api;
using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Pos.Promotions.Admin;

/// <summary>The business's promotions: list, read, create, edit, pause and resume. The only writer of
/// <see cref="Promotion"/> definitions; every change drops this instance's cached definitions.</summary>
internal sealed class PromotionAdmin(
    IDbContextFactory<MuhtarDbContext> dbFactory, PromotionValidator validator, PromotionCache cache, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<(IReadOnlyList<PromotionResponse> Items, int Total)> ListAsync(int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<Promotion>().AsNoTracking();
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.Priority).ThenBy(p => p.Name).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (rows.Select(ToResponse).ToList(), total);
    }

    public async Task<PromotionResponse?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Promotion>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } p ? ToResponse(p) : null;
    }

    public async Task<PromotionResponse> CreateAsync(PromotionRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var promotion = new Promotion(await validator.ValidateAsync(db, request, null, ct), Now);
        db.Add(promotion);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return ToResponse(promotion);
    }

    public async Task<PromotionResponse?> UpdateAsync(Guid id, PromotionRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var promotion = await db.Set<Promotion>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (promotion is null)
        {
            return null;
        }

        promotion.Apply(await validator.ValidateAsync(db, request, id, ct), Now);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return ToResponse(promotion);
    }

    public async Task<PromotionResponse?> SetPausedAsync(Guid id, bool paused, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var promotion = await db.Set<Promotion>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (promotion is null)
        {
            return null;
        }

        promotion.SetPaused(paused, Now);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return ToResponse(promotion);
    }

    public static PromotionResponse ToResponse(Promotion p) => new(
        p.Id, p.Name, Enums.Name(p.Kind), Target(p.TargetKind, p.TargetId, p.TargetTag),
        p.RewardTargetKind is { } reward ? Target(reward, p.RewardTargetId, p.RewardTargetTag) : null,
        p.Priority, p.Exclusive, p.Paused, Offset(p.StartsAt), Offset(p.EndsAt), p.StoreIds,
        p.BudgetKurus is { } budget ? Money.ToTry(budget) : null, Money.ToTry(p.SpentKurus), p.RequiresCoupon, p.PerCustomerLimit, p.Audience,
        p.BuyQuantity, p.GetQuantity, p.PercentOff, Money.ToTry(p.AmountOffKurus), Money.ToTry(p.ThresholdKurus), p.BonusPoints,
        p.IssuedPromotionId, p.CouponTitle, p.CouponValidDays, ApiTime.ToOffset(p.CreatedAt), ApiTime.ToOffset(p.UpdatedAt));

    private static TargetRequest Target(TargetKind kind, Guid? id, string? tag) =>
        new(kind == TargetKind.AnyProduct ? "any" : Enums.Name(kind), id, tag);

    private static DateTimeOffset? Offset(DateTime? utc) => utc is { } u ? ApiTime.ToOffset(u) : null;
}
