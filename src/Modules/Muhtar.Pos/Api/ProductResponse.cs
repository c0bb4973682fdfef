namespace Muhtar.Pos.Api;

/// <summary>A product in the API: <c>price</c> in TRY (per kg when <c>unit</c> is "kg"), unit "piece"|"kg".</summary>
internal sealed record ProductResponse(
    Guid Id,
    string Barcode,
    string? Sku,
    string Name,
    Guid CategoryId,
    string Category,
    string? Brand,
    string? Supplier,
    decimal Price,
    string Unit,
    string? Colour,
    string? Size,
    IReadOnlyList<string> Tags);
