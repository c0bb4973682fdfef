using Bogus;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Demo;

/// <summary>
/// Builds the demo chain's stores, tills and catalogue (about 340 products) from
/// <see cref="DemoCatalogData"/>. Repeatable: the same seed gives the same barcodes, prices and cashiers.
/// </summary>
internal static class DemoCatalogGenerator
{
    public static DemoCatalog Generate(int seed, DateTime now)
    {
        var faker = new Faker("tr") { Random = new Randomizer(seed) };
        var stores = DemoStoreSite.All.Select(site => CreateStore(site, faker)).ToList();

        var categories = new List<Category>();
        var parents = new Dictionary<string, Category>(StringComparer.Ordinal);
        var brands = new Dictionary<string, Brand>(StringComparer.Ordinal);
        var suppliers = new Dictionary<string, Supplier>(StringComparer.Ordinal);
        var products = new List<DemoProduct>();
        var barcodes = new HashSet<string>(StringComparer.Ordinal);

        foreach (var shelf in DemoCatalogData.Shelves)
        {
            if (!parents.TryGetValue(shelf.Parent, out var parent))
            {
                parent = new Category(shelf.Parent, null);
                parents.Add(shelf.Parent, parent);
                categories.Add(parent);
            }

            var category = new Category(shelf.Name, parent.Id);
            categories.Add(category);
            var supplier = GetOrAdd(suppliers, shelf.Supplier, name => new Supplier(name));
            for (var itemIndex = 0; itemIndex < shelf.Items.Length; itemIndex++)
            {
                var item = shelf.Items[itemIndex];
                var brandNames = item.BrandCount == 0 ? [null] : shelf.Brands.Take(item.BrandCount).Cast<string?>().ToArray();
                for (var brandIndex = 0; brandIndex < brandNames.Length; brandIndex++)
                {
                    var brand = brandNames[brandIndex] is { } brandName ? GetOrAdd(brands, brandName, name => new Brand(name)) : null;
                    var variants = Variants(item);
                    foreach (var (colour, size) in variants)
                    {
                        var name = string.Join(' ', new[] { brand?.Name, item.Name, colour, size }.Where(s => s is not null));
                        var price = (long)(item.Price * 100);
                        var cost = (long)Math.Round(price * faker.Random.Double(0.62, 0.82));
                        var draft = new ProductDraft(NewBarcode(faker.Random, barcodes), $"STK{products.Count + 1:D5}", name, category.Id,
                            brand?.Id, supplier.Id, price, cost, item.Unit, colour, size, item.Tags ?? []);
                        // Earlier lines and first brands sell more, as on a real shelf.
                        var weight = 1.0 / (1 + (0.35 * itemIndex)) / (1 + (0.5 * brandIndex)) / variants.Count;
                        products.Add(new DemoProduct(new Product(draft, now), shelf, weight));
                    }
                }
            }
        }

        return new DemoCatalog(stores, categories, brands.Values.ToList(), suppliers.Values.ToList(), products);
    }

    private static DemoStore CreateStore(DemoStoreSite site, Faker faker)
    {
        var store = new Store(site.Code, site.Name, site.City, site.District);
        var tills = new[] { new Till(store.Id, "01"), new Till(store.Id, "02") };
        // Bogus's Turkish first names are mostly rare old names; cashiers get everyday ones, with a Bogus surname initial.
        var cashiers = faker.PickRandom(CashierFirstNames, 3).Select(name => $"{name} {faker.Name.LastName()[0]}.").ToList();
        return new DemoStore(store, tills, cashiers, site.Traffic);
    }

    private static readonly string[] CashierFirstNames =
    [
        "Ayşe", "Fatma", "Zeynep", "Elif", "Merve", "Esra", "Seda", "Gizem", "Büşra", "Özge",
        "Mehmet", "Mustafa", "Ahmet", "Ali", "Hasan", "Murat", "Emre", "Burak", "Can", "Onur",
    ];

    private static List<(string? Colour, string? Size)> Variants(DemoItem item)
    {
        var colours = item.Colours is { Length: > 0 } c ? c.Cast<string?>().ToArray() : [null];
        var sizes = item.Sizes is { Length: > 0 } s ? s.Cast<string?>().ToArray() : [null];
        return colours.SelectMany(colour => sizes.Select(size => (colour, size))).ToList();
    }

    private static string NewBarcode(Randomizer random, HashSet<string> taken)
    {
        while (true)
        {
            var code = Ean13.WithCheckDigit(random.ArrayElement(["868", "869"]) + random.ReplaceNumbers("#########"));
            if (taken.Add(code))
            {
                return code;
            }
        }
    }

    private static T GetOrAdd<T>(Dictionary<string, T> map, string key, Func<string, T> create)
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = create(key);
            map.Add(key, value);
        }

        return value;
    }
}
