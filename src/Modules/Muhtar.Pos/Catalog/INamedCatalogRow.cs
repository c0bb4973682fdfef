namespace Muhtar.Pos.Catalog;

/// <summary>What categories, brands and suppliers share: a name that products point at; lets one editor serve all three.</summary>
internal interface INamedCatalogRow
{
    Guid Id { get; }

    string Name { get; }
}
