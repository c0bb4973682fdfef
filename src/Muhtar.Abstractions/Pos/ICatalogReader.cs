namespace Muhtar.Abstractions.Pos;

/// <summary>
/// Pickers over the current business's catalogue for other modules' settings pages (a stamp card's
/// products, an earn rule's brand), answered by the POS module. Names are in catalogue order (Turkish).
/// </summary>
public interface ICatalogReader
{
    /// <summary>Items of <paramref name="kind"/> whose name (or barcode, for products) matches
    /// <paramref name="search"/> Turkish-insensitively; all when empty; at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<CatalogItem>> SearchAsync(CatalogKind kind, string? search, int take, CancellationToken cancellationToken = default);

    /// <summary>The names of the given ids (unknown or other businesses' ids are left out).</summary>
    Task<IReadOnlyList<CatalogItem>> GetAsync(CatalogKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}

public enum CatalogKind
{
    Product,
    Category,
    Brand,
    Supplier,
}

/// <summary>A catalogue entry; <paramref name="Code"/> is the barcode of a product, null otherwise.</summary>
public sealed record CatalogItem(Guid Id, string Name, string? Code);
