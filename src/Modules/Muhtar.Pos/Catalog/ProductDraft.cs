namespace Muhtar.Pos.Catalog;

/// <summary>What a new product is made of; money in kuruş.</summary>
internal sealed record ProductDraft(
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
    IReadOnlyList<string> Tags);
