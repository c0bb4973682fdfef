using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Pos;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;
using Muhtar.Pos.Catalog;

namespace Muhtar.Pos.Queries;

/// <summary>Catalogue pickers for other modules (<see cref="ICatalogReader"/>). Categories, brands and
/// suppliers number in the hundreds, so they are matched in memory; products go through the indexed search.</summary>
internal sealed class CatalogReader(IDbContextFactory<MuhtarDbContext> factory, ProductQueries products) : ICatalogReader
{
    private static readonly StringComparer TurkishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("tr-TR"), ignoreCase: false);

    public async Task<IReadOnlyList<CatalogItem>> SearchAsync(CatalogKind kind, string? search, int take, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, 200);
        if (kind == CatalogKind.Product)
        {
            var page = await products.ListAsync(new ProductFilter(search), ProductSort.NameAscending, 0, take, cancellationToken);
            return page.Items.Select(p => new CatalogItem(p.Id, p.Name, p.Barcode)).ToList();
        }

        var folded = TurkishText.Fold(search ?? "");
        var all = await NamedAsync(kind, null, cancellationToken);
        return all.Where(i => folded.Length == 0 || TurkishText.Fold(i.Name).Contains(folded, StringComparison.Ordinal)).Take(take).ToList();
    }

    public async Task<IReadOnlyList<CatalogItem>> GetAsync(CatalogKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        return await NamedAsync(kind, ids, cancellationToken);
    }

    private async Task<IReadOnlyList<CatalogItem>> NamedAsync(CatalogKind kind, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var items = kind switch
        {
            CatalogKind.Product => await db.Set<Product>().AsNoTracking().Where(p => ids != null && ids.Contains(p.Id)).Select(p => new CatalogItem(p.Id, p.Name, p.Barcode)).ToListAsync(ct),
            CatalogKind.Category => await db.Set<Category>().AsNoTracking().Where(c => ids == null || ids.Contains(c.Id)).Select(c => new CatalogItem(c.Id, c.Name, null)).ToListAsync(ct),
            CatalogKind.Brand => await db.Set<Brand>().AsNoTracking().Where(b => ids == null || ids.Contains(b.Id)).Select(b => new CatalogItem(b.Id, b.Name, null)).ToListAsync(ct),
            CatalogKind.Supplier => await db.Set<Supplier>().AsNoTracking().Where(s => ids == null || ids.Contains(s.Id)).Select(s => new CatalogItem(s.Id, s.Name, null)).ToListAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return items.OrderBy(i => i.Name, TurkishOrder).ToList();
    }
}
