namespace Muhtar.Pos.Catalog.Editing;

/// <summary>A category (with <see cref="ParentId"/>), brand or supplier; <see cref="ProductCount"/> counts archived products too.</summary>
internal sealed record CatalogName(Guid Id, string Name, Guid? ParentId, int ProductCount);

/// <summary>POST and PUT of a category, brand or supplier; <see cref="ParentId"/> only for categories (null: top level).</summary>
internal sealed record CatalogNameRequest(string? Name, Guid? ParentId = null);
