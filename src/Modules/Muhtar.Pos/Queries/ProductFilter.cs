namespace Muhtar.Pos.Queries;

/// <summary>
/// Narrows the product list: <see cref="Search"/> matches the name (Turkish-insensitive, every word),
/// a barcode prefix or the SKU; <see cref="CategoryId"/> includes its sub-categories.
/// </summary>
internal sealed record ProductFilter(string? Search = null, Guid? CategoryId = null, string? Tag = null);
