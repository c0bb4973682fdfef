using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Promotions.Admin;

/// <summary>What the promotion editor offers to pick from: categories, brands, stores and coupon promotions, in Turkish order.</summary>
internal sealed class PromotionChoices(IDbContextFactory<MuhtarDbContext> dbFactory)
{
    public async Task<Choices> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Set<Category>().AsNoTracking().Select(c => new Choice(c.Id, c.Name)).ToListAsync(ct);
        var brands = await db.Set<Brand>().AsNoTracking().Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
        var stores = await db.Set<Store>().AsNoTracking().Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct);
        var coupons = await db.Set<Promotion>().AsNoTracking().Where(p => p.RequiresCoupon).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        return new Choices(Sorted(categories), Sorted(brands), Sorted(stores), Sorted(coupons));
    }

    private static IReadOnlyList<Choice> Sorted(List<Choice> items) => items.OrderBy(c => TurkishText.SortKey(c.Name), StringComparer.Ordinal).ToList();
}

public sealed record Choice(Guid Id, string Name);

public sealed record Choices(IReadOnlyList<Choice> Categories, IReadOnlyList<Choice> Brands, IReadOnlyList<Choice> Stores, IReadOnlyList<Choice> CouponPromotions);
