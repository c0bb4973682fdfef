using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>Creates, changes, archives and restores single products (P3); the API and the editor page both use it.</summary>
internal sealed class ProductEditor(
    IDbContextFactory<MuhtarDbContext> factory,
    ProductRules rules,
    TimeProvider time,
    IStringLocalizer<CatalogEditingResource> l)
{
    public async Task<ProductForm?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var p = await db.Set<Product>().AsNoTracking().Include(x => x.Tags).SingleOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new ProductForm(p.Id, p.Barcode, p.Sku, p.Name, p.CategoryId, p.BrandId, p.SupplierId, p.PriceKurus,
            p.CostKurus, p.Unit, p.Colour, p.Size, p.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList(), p.IsArchived);
    }

    public async Task<Guid> CreateAsync(ProductRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await CheckAsync(db, request, null, null, ct);
        var product = new Product(draft, time.GetUtcNow().UtcDateTime);
        db.Add(product);
        await db.SaveChangesAsync(ct);
        return product.Id;
    }

    /// <summary>
    /// Applies the fields <paramref name="request"/> sends and keeps the rest (the API's PATCH); with
    /// <paramref name="replace"/> every field is taken as sent, so the editor page can clear a brand or a colour.
    /// </summary>
    public async Task UpdateAsync(Guid id, ProductRequest request, bool replace = false, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var product = await FindAsync(db, id, ct);
        var draft = await CheckAsync(db, request, replace ? null : product, product, ct);
        if (!product.Matches(draft) || product.IsArchived)
        {
            var archived = product.IsArchived;
            product.Update(draft, time.GetUtcNow().UtcDateTime);
            if (archived)
            {
                // Editing keeps an archived product archived; only Restore (or a sync) puts it back on sale.
                product.Archive(time.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(ct);
        }
    }

    public async Task ArchiveAsync(Guid id, bool archived, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var product = await FindAsync(db, id, ct);
        if (product.IsArchived != archived)
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (archived)
            {
                product.Archive(now);
            }
            else
            {
                product.Restore(now);
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private async Task<Product> FindAsync(MuhtarDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<Product>().Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new RuleViolation("id", l["Product.NotFound"], 404);

    /// <summary>Missing values come from <paramref name="current"/> (null: none may be missing); <paramref name="own"/> is the product being changed.</summary>
    private async Task<ProductDraft> CheckAsync(MuhtarDbContext db, ProductRequest r, Product? current, Product? own, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var barcode = rules.Barcode(r.Barcode ?? current?.Barcode, "barcode", errors);
        var sku = rules.Optional(r.Sku ?? current?.Sku, ProductRules.MaxSku, "sku", errors);
        var name = rules.Required(r.Name ?? current?.Name, ProductRules.MaxName, "name", errors);
        var price = r.Price is null && current is not null ? current.PriceKurus : rules.Money(r.Price, required: true, "price", errors);
        var cost = r.Cost is null && current is not null ? current.CostKurus : rules.Money(r.Cost, required: false, "cost", errors);
        var unit = r.Unit is null && current is not null ? current.Unit : rules.Unit(r.Unit, "unit", errors);
        var colour = rules.Optional(r.Colour ?? current?.Colour, ProductRules.MaxAttribute, "colour", errors);
        var size = rules.Optional(r.Size ?? current?.Size, ProductRules.MaxAttribute, "size", errors);
        var tags = r.Tags is null && current is not null ? current.Tags.Select(t => t.Tag).ToList() : rules.Tags(r.Tags, "tags", errors);
        var categoryId = r.CategoryId ?? current?.CategoryId;
        if (categoryId is null)
        {
            errors.Add("categoryId", l["Field.Required"]);
        }

        errors.ThrowIfAny();
        await ExistsAsync(db.Set<Category>().Where(c => c.Id == categoryId), "categoryId", ct);
        var brandId = r.BrandId ?? current?.BrandId;
        var supplierId = r.SupplierId ?? current?.SupplierId;
        if (brandId is not null)
        {
            await ExistsAsync(db.Set<Brand>().Where(b => b.Id == brandId), "brandId", ct);
        }

        if (supplierId is not null)
        {
            await ExistsAsync(db.Set<Supplier>().Where(s => s.Id == supplierId), "supplierId", ct);
        }

        if (barcode != own?.Barcode && await db.Set<Product>().AnyAsync(p => p.Barcode == barcode, ct))
        {
            throw new RuleViolation("barcode", l["Product.BarcodeTaken", barcode], 409);
        }

        return new ProductDraft(barcode, sku, name, categoryId!.Value, brandId, supplierId, price, cost, unit, colour, size, tags);
    }

    private async Task ExistsAsync<T>(IQueryable<T> rows, string field, CancellationToken ct)
    {
        if (!await rows.AnyAsync(ct))
        {
            throw new RuleViolation(field, l["Catalog.UnknownReference"]);
        }
    }
}
