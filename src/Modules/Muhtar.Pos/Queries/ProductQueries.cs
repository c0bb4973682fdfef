using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;
using Muhtar.Pos.Catalog;

namespace Muhtar.Pos.Queries;

/// <summary>Reads the current business's catalogue (P3).</summary>
internal sealed class ProductQueries(IDbContextFactory<MuhtarDbContext> factory)
{
    public async Task<PageOf<ProductView>> ListAsync(ProductFilter filter, ProductSort sort, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var products = Filter(db, filter);
        var total = await products.CountAsync(ct);
        products = sort switch
        {
            ProductSort.NameDescending => products.OrderByDescending(p => p.SortKey).ThenByDescending(p => p.Id),
            ProductSort.PriceAscending => products.OrderBy(p => p.PriceKurus).ThenBy(p => p.Id),
            ProductSort.PriceDescending => products.OrderByDescending(p => p.PriceKurus).ThenByDescending(p => p.Id),
            _ => products.OrderBy(p => p.SortKey).ThenBy(p => p.Id),
        };
        var items = await Project(db, products.Skip(skip).Take(take)).ToListAsync(ct);
        return new PageOf<ProductView>(items, total);
    }

    public async Task<ProductView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Project(db, db.Set<Product>().AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(ct);
    }

    /// <summary>The tags in use, for the tag filter; a catalogue has a handful of distinct tags.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var tags = await db.Set<ProductTag>().AsNoTracking().Select(t => t.Tag).Distinct().ToListAsync(ct);
        return tags.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("tr-TR"), ignoreCase: false)).ToList();
    }

    private static IQueryable<Product> Filter(MuhtarDbContext db, ProductFilter filter)
    {
        // Archived products are withdrawn from sale; receipts and GET by id still resolve them.
        var products = db.Set<Product>().AsNoTracking().Where(p => !p.IsArchived);
        var term = filter.Search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var words = TurkishText.Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                // One word may also be a code: a barcode being typed or the stock code.
                var word = words[0];
                products = products.Where(p => p.NameKey.Contains(word) || p.Barcode.StartsWith(term) || p.Sku == term);
            }
            else
            {
                foreach (var word in words)
                {
                    products = products.Where(p => p.NameKey.Contains(word));
                }
            }
        }

        if (filter.CategoryId is { } categoryId)
        {
            products = products.Where(p => p.CategoryId == categoryId
                || db.Set<Category>().Any(c => c.Id == p.CategoryId && c.ParentId == categoryId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tag = ProductTag.Normalize(filter.Tag);
            products = products.Where(p => p.Tags.Any(t => t.Tag == tag));
        }

        return products;
    }

    private static IQueryable<ProductView> Project(MuhtarDbContext db, IQueryable<Product> products) =>
        from p in products
        join c in db.Set<Category>() on p.CategoryId equals c.Id
        select new ProductView(
            p.Id,
            p.Barcode,
            p.Sku,
            p.Name,
            p.CategoryId,
            c.Name,
            db.Set<Brand>().Where(b => b.Id == p.BrandId).Select(b => b.Name).FirstOrDefault(),
            db.Set<Supplier>().Where(s => s.Id == p.SupplierId).Select(s => s.Name).FirstOrDefault(),
            p.PriceKurus,
            p.Unit,
            p.Colour,
            p.Size,
            p.Tags.OrderBy(t => t.Tag).Select(t => t.Tag).ToList());
}
