using Muhtar.Pos.Catalog;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Demo;

/// <summary>The demo business's stores and catalogue as entities, plus what the receipt generator needs to know about them.</summary>
internal sealed record DemoCatalog(
    IReadOnlyList<DemoStore> Stores,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Brand> Brands,
    IReadOnlyList<Supplier> Suppliers,
    IReadOnlyList<DemoProduct> Products)
{
    public IEnumerable<object> Entities() =>
        Stores.SelectMany(s => s.Tills.Cast<object>().Prepend(s.Store))
            .Concat(Categories).Concat(Brands).Concat(Suppliers).Concat(Products.Select(p => p.Product));
}

internal sealed record DemoStore(Store Store, IReadOnlyList<Till> Tills, IReadOnlyList<string> Cashiers, double Traffic);

/// <summary>A demo product with its shelf and its weight among that shelf's products (how often it is the one picked).</summary>
internal sealed record DemoProduct(Product Product, DemoShelf Shelf, double WeightInShelf)
{
    public bool IsVegan { get; } = Product.Tags.Any(t => t.Tag == "vegan");

    public bool IsOrganic { get; } = Product.Tags.Any(t => t.Tag == "organik");

    /// <summary>What a vegan shopper would put in the basket: not from an animal shelf unless tagged vegan.</summary>
    public bool SuitsVegan => !Shelf.Animal || IsVegan;
}
