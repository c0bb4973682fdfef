using Muhtar.Pos.Catalog;

namespace Muhtar.Pos.Demo;

/// <summary>
/// A leaf category of the demo catalogue with its brands, supplier and products. <see cref="Key"/>
/// names it for basket rules (nappies → baby food); <see cref="Popularity"/> is how often it lands in
/// a basket; <see cref="Animal"/> shelves are skipped by vegan shoppers unless the product is tagged vegan.
/// </summary>
internal sealed record DemoShelf(
    string Parent,
    string Name,
    string Key,
    double Popularity,
    string Supplier,
    string[] Brands,
    DemoItem[] Items,
    bool Animal = false);

/// <summary>
/// A product line of a shelf: carried by the first <see cref="BrandCount"/> brands (0: own label, no
/// brand); one product per colour × size when those are given. Price in TRY.
/// </summary>
internal sealed record DemoItem(
    string Name,
    decimal Price,
    int BrandCount = 1,
    string[]? Tags = null,
    ProductUnit Unit = ProductUnit.Piece,
    string[]? Colours = null,
    string[]? Sizes = null);
