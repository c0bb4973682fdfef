namespace Muhtar.Pos.Catalog.Editing;

/// <summary>PUT /api/v1/pos/products/bulk: up to <see cref="ProductSync.MaxItems"/> products keyed by barcode.</summary>
internal sealed record ProductSyncRequest(IReadOnlyList<ProductSyncItem?>? Items);

/// <summary>
/// One product as an ERP or till system sends it: category, brand and supplier by NAME (matched ignoring Turkish
/// casing and accents, created when new), price and cost in TRY, unit "piece" (default) or "kg".
/// </summary>
internal sealed record ProductSyncItem(
    string? Barcode,
    string? Sku,
    string? Name,
    string? Category,
    string? Brand,
    string? Supplier,
    decimal? Price,
    decimal? Cost,
    string? Unit,
    string? Colour,
    string? Size,
    IReadOnlyList<string?>? Tags);

/// <summary>How many products the call created, changed, and found exactly as sent.</summary>
internal sealed record ProductSyncResult(int Created, int Updated, int Unchanged);
