namespace Muhtar.Pos.Catalog.Editing;

/// <summary>
/// POST /api/v1/pos/products (barcode, name, categoryId and price required) and PATCH …/{id} (only the fields
/// sent change; null means "leave as it is"). Money in TRY, unit "piece" or "kg".
/// </summary>
internal sealed record ProductRequest(
    string? Barcode = null,
    string? Sku = null,
    string? Name = null,
    Guid? CategoryId = null,
    Guid? BrandId = null,
    Guid? SupplierId = null,
    decimal? Price = null,
    decimal? Cost = null,
    string? Unit = null,
    string? Colour = null,
    string? Size = null,
    IReadOnlyList<string?>? Tags = null);

/// <summary>A product with everything the editor shows, cost and archive state included; money in kuruş.</summary>
internal sealed record ProductForm(
    Guid Id,
    string Barcode,
    string? Sku,
    string Name,
    Guid CategoryId,
    Guid? BrandId,
    Guid? SupplierId,
    long PriceKurus,
    long CostKurus,
    ProductUnit Unit,
    string? Colour,
    string? Size,
    IReadOnlyList<string> Tags,
    bool IsArchived);
