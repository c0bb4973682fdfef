using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>
/// The business's categories, brands and suppliers by folded name ("ŞARKÜTERİ" = "şarküteri" = "sarkuteri"), for the
/// bulk sync. A business has hundreds of these, so all are read once; names not found are added to the context.
/// When two categories fold alike (the same name under two parents), a top-level one wins, then the oldest.
/// </summary>
internal sealed class CatalogNameIndex
{
    private readonly Dictionary<string, Guid> _categories;
    private readonly Dictionary<string, Guid> _brands;
    private readonly Dictionary<string, Guid> _suppliers;

    private CatalogNameIndex(Dictionary<string, Guid> categories, Dictionary<string, Guid> brands, Dictionary<string, Guid> suppliers)
    {
        _categories = categories;
        _brands = brands;
        _suppliers = suppliers;
    }

    public int Added { get; private set; }

    public static async Task<CatalogNameIndex> LoadAsync(MuhtarDbContext db, CancellationToken ct)
    {
        var categories = await db.Set<Category>().AsNoTracking().Select(c => new { c.Id, c.Name, c.ParentId }).ToListAsync(ct);
        var brands = await db.Set<Brand>().AsNoTracking().Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        var suppliers = await db.Set<Supplier>().AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return new CatalogNameIndex(
            ByName(categories.OrderBy(c => c.ParentId is null ? 0 : 1).ThenBy(c => c.Id).Select(c => (c.Name, c.Id))),
            ByName(brands.OrderBy(b => b.Id).Select(b => (b.Name, b.Id))),
            ByName(suppliers.OrderBy(s => s.Id).Select(s => (s.Name, s.Id))));
    }

    public Guid Category(MuhtarDbContext db, string name) =>
        Find(_categories, name, () => db.Add(new Category(name, null)).Entity.Id);

    public Guid? Brand(MuhtarDbContext db, string? name) =>
        name is null ? null : Find(_brands, name, () => db.Add(new Brand(name)).Entity.Id);

    public Guid? Supplier(MuhtarDbContext db, string? name) =>
        name is null ? null : Find(_suppliers, name, () => db.Add(new Supplier(name)).Entity.Id);

    private Guid Find(Dictionary<string, Guid> names, string name, Func<Guid> add)
    {
        var key = TurkishText.Fold(name);
        if (!names.TryGetValue(key, out var id))
        {
            names[key] = id = add();
            Added++;
        }

        return id;
    }

    private static Dictionary<string, Guid> ByName(IEnumerable<(string Name, Guid Id)> rows)
    {
        var index = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (name, id) in rows)
        {
            index.TryAdd(TurkishText.Fold(name), id);
        }

        return index;
    }
}
