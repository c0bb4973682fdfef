using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Queries;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Checkout;

/// <summary>What the till simulator needs that a real till knows itself: stores with tills, and shelf prices by barcode.</summary>
internal sealed class TillCatalog(IDbContextFactory<MuhtarDbContext> dbFactory)
{
    public async Task<IReadOnlyList<StoreView>> StoresAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Store>().AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new StoreView(s.Id, s.Code, s.Name, s.City, s.District,
                db.Set<Till>().Where(t => t.StoreId == s.Id).OrderBy(t => t.Code).Select(t => t.Code).ToList()))
            .ToListAsync(ct);
    }

    /// <summary>Name and price of the products with these barcodes; unknown barcodes are left out.</summary>
    public async Task<IReadOnlyDictionary<string, ShelfItem>> ItemsAsync(IReadOnlyCollection<string> barcodes, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<Product>().AsNoTracking().Where(p => barcodes.Contains(p.Barcode))
            .Select(p => new ShelfItem(p.Barcode, p.Name, p.PriceKurus)).ToListAsync(ct);
        return rows.GroupBy(r => r.Barcode).ToDictionary(g => g.Key, g => g.First());
    }
}

internal sealed record ShelfItem(string Barcode, string Name, long PriceKurus);
