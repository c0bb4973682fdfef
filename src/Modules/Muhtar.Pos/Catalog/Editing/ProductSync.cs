using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Catalog.Editing;

/// <summary>
/// Upserts a batch of products by barcode (P3 "synced by API in bulk"). Every item is checked first: one bad
/// item and nothing is written. Then, in one transaction: new names are added, existing products are read by
/// barcode in chunks and changed through the change tracker (so the audit trail records each changed field,
/// e.g. a price), and new products go in with <see cref="BulkRows"/> (COPY on PostgreSQL) with one "created"
/// audit row each, written in bulk too.
/// </summary>
internal sealed class ProductSync(
    IDbContextFactory<MuhtarDbContext> factory,
    ProductRules rules,
    ITenantContext tenant,
    TimeProvider time,
    IStringLocalizer<CatalogEditingResource> l)
{
    public const int MaxItems = 5000;

    /// <summary>Barcodes per read: well under SQLite's parameter limit, few round trips for 5,000 items.</summary>
    private const int ReadChunk = 1000;

    /// <summary>Null when the request is invalid; then <paramref name="errors"/> names every bad field.</summary>
    public async Task<ProductSyncResult?> RunAsync(ProductSyncRequest request, FieldErrors errors, CancellationToken ct = default)
    {
        var items = Check(request, errors);
        if (errors.Any)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var names = await CatalogNameIndex.LoadAsync(db, ct);
        var drafts = items.Select(i => i.ToDraft(db, names)).ToList();
        if (names.Added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        var existing = new Dictionary<string, Product>(StringComparer.Ordinal);
        foreach (var chunk in drafts.Select(d => d.Barcode).Chunk(ReadChunk))
        {
            foreach (var product in await db.Set<Product>().Include(p => p.Tags).Where(p => chunk.Contains(p.Barcode)).ToListAsync(ct))
            {
                existing[product.Barcode] = product;
            }
        }

        var created = new List<Product>();
        int updated = 0, unchanged = 0;
        foreach (var draft in drafts)
        {
            if (!existing.TryGetValue(draft.Barcode, out var product))
            {
                created.Add(new Product(draft, now));
            }
            else if (product.Matches(draft))
            {
                unchanged++;
            }
            else
            {
                product.Update(draft, now);
                updated++;
            }
        }

        await db.SaveChangesAsync(ct);
        await BulkRows.InsertAsync(db, created, ct);
        await BulkRows.InsertAsync(db, created.SelectMany(p => p.Tags).ToList(), ct);
        await BulkRows.InsertAsync(db, created.Select(p => new AuditEntry(nameof(Product), p.Id, AuditAction.Created, null, null, null,
            tenant.UserId, tenant.ActorName, now)).ToList(), ct);
        await transaction.CommitAsync(ct);
        return new ProductSyncResult(created.Count, updated, unchanged);
    }

    private List<CheckedItem> Check(ProductSyncRequest request, FieldErrors errors)
    {
        var items = request.Items ?? [];
        if (items.Count is 0 or > MaxItems)
        {
            errors.Add("items", l["Sync.ItemCount", MaxItems]);
            return [];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<CheckedItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"items[{i}].";
            if (items[i] is not { } item)
            {
                errors.Add($"items[{i}]", l["Field.Required"]);
                continue;
            }

            var barcode = rules.Barcode(item.Barcode, at + "barcode", errors);
            if (barcode.Length > 0 && !seen.TryAdd(barcode, i))
            {
                errors.Add(at + "barcode", l["Sync.BarcodeRepeated", seen[barcode]]);
            }

            result.Add(new CheckedItem(
                barcode,
                rules.Optional(item.Sku, ProductRules.MaxSku, at + "sku", errors),
                rules.Required(item.Name, ProductRules.MaxName, at + "name", errors),
                rules.Required(item.Category, ProductRules.MaxCatalogName, at + "category", errors),
                rules.Optional(item.Brand, ProductRules.MaxCatalogName, at + "brand", errors),
                rules.Optional(item.Supplier, ProductRules.MaxCatalogName, at + "supplier", errors),
                rules.Money(item.Price, required: true, at + "price", errors),
                rules.Money(item.Cost, required: false, at + "cost", errors),
                rules.Unit(item.Unit, at + "unit", errors),
                rules.Optional(item.Colour, ProductRules.MaxAttribute, at + "colour", errors),
                rules.Optional(item.Size, ProductRules.MaxAttribute, at + "size", errors),
                rules.Tags(item.Tags, at + "tags", errors)));
        }

        return result;
    }

    private sealed record CheckedItem(
        string Barcode, string? Sku, string Name, string Category, string? Brand, string? Supplier,
        long PriceKurus, long CostKurus, ProductUnit Unit, string? Colour, string? Size, IReadOnlyList<string> Tags)
    {
        public ProductDraft ToDraft(MuhtarDbContext db, CatalogNameIndex names) => new(
            Barcode, Sku, Name, names.Category(db, Category), names.Brand(db, Brand), names.Supplier(db, Supplier),
            PriceKurus, CostKurus, Unit, Colour, Size, Tags);
    }
}
