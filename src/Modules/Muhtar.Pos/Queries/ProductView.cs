using Muhtar.Pos.Catalog;

namespace Muhtar.Pos.Queries;

/// <summary>A product as lists show it; money in kuruş. Cost is left out: tills and clerks do not need it.</summary>
internal sealed record ProductView(
    Guid Id,
    string Barcode,
    string? Sku,
    string Name,
    Guid CategoryId,
    string CategoryName,
    string? BrandName,
    string? SupplierName,
    long PriceKurus,
    ProductUnit Unit,
    string? Colour,
    string? Size,
    IReadOnlyList<string> Tags);
