using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Queries;

/// <summary>Reads the current business's stores and their tills.</summary>
internal sealed class StoreQueries(IDbContextFactory<MuhtarDbContext> factory)
{
    public async Task<PageOf<StoreView>> ListAsync(int skip, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var stores = db.Set<Store>().AsNoTracking();
        var total = await stores.CountAsync(ct);
        var items = await stores
            .OrderBy(s => s.Code)
            .Skip(skip)
            .Take(take)
            .Select(s => new StoreView(s.Id, s.Code, s.Name, s.City, s.District,
                db.Set<Till>().Where(t => t.StoreId == s.Id).OrderBy(t => t.Code).Select(t => t.Code).ToList()))
            .ToListAsync(ct);
        return new PageOf<StoreView>(items, total);
    }

    /// <summary>Every store as (id, name), for filter drop-downs; a business has tens of stores, not thousands.</summary>
    public async Task<IReadOnlyList<StoreChoice>> ChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<Store>().AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        return rows.Select(s => new StoreChoice(s.Id, $"{s.Code} · {s.Name}")).ToList();
    }
}
