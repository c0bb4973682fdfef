namespace Muhtar.Pos.Catalog.Editing;

/// <summary>Marker for catalogue and store editing strings: CatalogEditingResource.resx is Turkish (the default), .en.resx English.</summary>
public sealed class CatalogEditingResource;
