using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Pos;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Text;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>
/// Categories (a tree), brands and suppliers (P3). Names are unique per business ignoring Turkish casing and
/// accents (per parent for categories), as the bulk sync matches them; a name still in use cannot be deleted.
/// </summary>
internal sealed class CatalogNames(IDbContextFactory<MuhtarDbContext> factory, IStringLocalizer<CatalogEditingResource> l)
{
    public async Task<IReadOnlyList<CatalogName>> ListAsync(CatalogKind kind, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = kind switch
        {
            CatalogKind.Category => await db.Set<Category>().AsNoTracking()
                .Select(c => new CatalogName(c.Id, c.Name, c.ParentId, db.Set<Product>().Count(p => p.CategoryId == c.Id))).ToListAsync(ct),
            CatalogKind.Brand => await db.Set<Brand>().AsNoTracking()
                .Select(b => new CatalogName(b.Id, b.Name, null, db.Set<Product>().Count(p => p.BrandId == b.Id))).ToListAsync(ct),
            CatalogKind.Supplier => await db.Set<Supplier>().AsNoTracking()
                .Select(s => new CatalogName(s.Id, s.Name, null, db.Set<Product>().Count(p => p.SupplierId == s.Id))).ToListAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return rows.OrderBy(r => TurkishText.SortKey(r.Name), StringComparer.Ordinal).ToList();
    }

    public async Task<CatalogName> CreateAsync(CatalogKind kind, CatalogNameRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var name = await CheckAsync(db, kind, null, request, ct);
        var parentId = kind == CatalogKind.Category ? request.ParentId : null;
        INamedCatalogRow row = kind switch
        {
            CatalogKind.Category => db.Add(new Category(name, parentId)).Entity,
            CatalogKind.Brand => db.Add(new Brand(name)).Entity,
            _ => db.Add(new Supplier(name)).Entity,
        };
        await db.SaveChangesAsync(ct);
        return new CatalogName(row.Id, name, parentId, 0);
    }

    public async Task UpdateAsync(CatalogKind kind, Guid id, CatalogNameRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await FindAsync(db, kind, id, ct);
        var name = await CheckAsync(db, kind, id, request, ct);
        switch (row)
        {
            case Category category:
                category.Change(name, request.ParentId);
                break;
            case Brand brand:
                brand.Rename(name);
                break;
            case Supplier supplier:
                supplier.Rename(name);
                break;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(CatalogKind kind, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await FindAsync(db, kind, id, ct);
        Expression<Func<Product, bool>> uses = kind switch
        {
            CatalogKind.Category => p => p.CategoryId == id,
            CatalogKind.Brand => p => p.BrandId == id,
            _ => p => p.SupplierId == id,
        };
        if (await db.Set<Product>().AnyAsync(uses, ct)
            || (kind == CatalogKind.Category && await db.Set<Category>().AnyAsync(c => c.ParentId == id, ct)))
        {
            throw new RuleViolation("id", l["Names.InUse", row.Name], 409);
        }

        db.Remove(row);
        await db.SaveChangesAsync(ct);
    }

    private async Task<INamedCatalogRow> FindAsync(MuhtarDbContext db, CatalogKind kind, Guid id, CancellationToken ct)
    {
        INamedCatalogRow? row = kind switch
        {
            CatalogKind.Category => await db.Set<Category>().SingleOrDefaultAsync(c => c.Id == id, ct),
            CatalogKind.Brand => await db.Set<Brand>().SingleOrDefaultAsync(b => b.Id == id, ct),
            CatalogKind.Supplier => await db.Set<Supplier>().SingleOrDefaultAsync(s => s.Id == id, ct),
            _ => null,
        };
        return row ?? throw new RuleViolation("id", l["Names.NotFound"], 404);
    }

    /// <summary>The trimmed name, once it is filled, short enough, not taken, and (for a category) under a real, non-circular parent.</summary>
    private async Task<string> CheckAsync(MuhtarDbContext db, CatalogKind kind, Guid? id, CatalogNameRequest request, CancellationToken ct)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > ProductRules.MaxCatalogName)
        {
            throw new RuleViolation("name", name.Length == 0 ? l["Field.Required"] : l["Field.TooLong", ProductRules.MaxCatalogName]);
        }

        var parentId = kind == CatalogKind.Category ? request.ParentId : null;
        if (parentId is { } parent)
        {
            var parents = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ParentId, ct);
            if (!parents.ContainsKey(parent))
            {
                throw new RuleViolation("parentId", l["Catalog.UnknownReference"]);
            }

            // Walk up from the new parent: meeting the category itself would make a loop.
            for (Guid? at = parent; at is { } step; at = parents.GetValueOrDefault(step))
            {
                if (step == id)
                {
                    throw new RuleViolation("parentId", l["Names.ParentLoop"]);
                }
            }
        }

        var folded = TurkishText.Fold(name);
        var others = kind switch
        {
            CatalogKind.Category => await db.Set<Category>().AsNoTracking().Where(c => c.ParentId == parentId && c.Id != id).Select(c => c.Name).ToListAsync(ct),
            CatalogKind.Brand => await db.Set<Brand>().AsNoTracking().Where(b => b.Id != id).Select(b => b.Name).ToListAsync(ct),
            _ => await db.Set<Supplier>().AsNoTracking().Where(s => s.Id != id).Select(s => s.Name).ToListAsync(ct),
        };
        if (others.Any(o => TurkishText.Fold(o) == folded))
        {
            throw new RuleViolation("name", l["Names.Taken", name], 409);
        }

        return name;
    }
}
