using Bogus;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Demo;

namespace Muhtar.Tests.Pos;

public sealed class DemoCatalogTests
{
    private static readonly DemoCatalog Catalog = DemoCatalogGenerator.Generate(DemoHistory.Seed, DemoHistory.Now);

    [Fact]
    public void Six_stores_in_turkish_cities_with_two_tills_and_three_cashiers_each()
    {
        Assert.Equal(6, Catalog.Stores.Count);
        Assert.Contains(Catalog.Stores, s => s.Store.City == "İstanbul");
        Assert.All(Catalog.Stores, s =>
        {
            Assert.Equal(["01", "02"], s.Tills.Select(t => t.Code));
            Assert.All(s.Tills, t => Assert.Equal(s.Store.Id, t.StoreId));
            Assert.Equal(3, s.Cashiers.Distinct().Count());
        });
        Assert.Equal(Catalog.Stores.Count, Catalog.Stores.Select(s => s.Store.Code).Distinct().Count());
    }

    [Fact]
    public void About_three_hundred_products_with_unique_valid_ean13_barcodes()
    {
        Assert.InRange(Catalog.Products.Count, 280, 360);
        Assert.Equal(Catalog.Products.Count, Catalog.Products.Select(p => p.Product.Barcode).Distinct().Count());
        Assert.All(Catalog.Products, p => Assert.True(Ean13.IsValid(p.Product.Barcode), p.Product.Barcode));
        Assert.All(Catalog.Products, p => Assert.InRange(p.Product.CostKurus, 1, p.Product.PriceKurus - 1));
    }

    [Fact]
    public void Products_sit_in_sub_categories_and_carry_the_attributes_segments_filter_on()
    {
        var categories = Catalog.Categories.ToDictionary(c => c.Id);
        Assert.All(Catalog.Products, p => Assert.NotNull(categories[p.Product.CategoryId].ParentId));
        Assert.Contains(Catalog.Categories, c => c.Name == "Bebek Bezi" && categories[c.ParentId!.Value].Name == "Bebek");

        var tags = Catalog.Products.SelectMany(p => p.Product.Tags.Select(t => t.Tag)).ToHashSet();
        Assert.Superset(new HashSet<string> { "organik", "vegan", "glutensiz" }, tags);
        Assert.Contains(Catalog.Products, p => p.Product.Name.Contains("Bebek Bezi", StringComparison.Ordinal) && p.Product.Size == "4 Maxi");
        Assert.Contains(Catalog.Products, p => p.Product.Colour == "Lacivert" && p.Product.Size == "M");
        Assert.Contains(Catalog.Products, p => p.Product.Unit == ProductUnit.Kilogram);
        Assert.NotEmpty(Catalog.Brands);
        Assert.NotEmpty(Catalog.Suppliers);
    }

    [Fact]
    public void The_same_seed_gives_the_same_catalogue()
    {
        var again = DemoCatalogGenerator.Generate(DemoHistory.Seed, DemoHistory.Now);

        Assert.Equal(Catalog.Products.Select(p => (p.Product.Barcode, p.Product.Name, p.Product.CostKurus)),
            again.Products.Select(p => (p.Product.Barcode, p.Product.Name, p.Product.CostKurus)));
        Assert.Equal(Catalog.Stores.SelectMany(s => s.Cashiers), again.Stores.SelectMany(s => s.Cashiers));
    }

    [Fact]
    public void A_vegan_shopper_never_gets_meat_or_dairy_unless_it_is_tagged_vegan()
    {
        var random = new Randomizer(3);
        var basket = new DemoBasket(Catalog.Products);
        var shopper = new DemoShopper(Guid.NewGuid(), ShopperKind.Loyal, DemoHistory.Now.AddYears(-1), DemoHistory.Now, 0, HourBand.Any,
            Vegan: true, PrefersOrganic: false, basket.Favourites(random, vegan: true, organic: false, hasBaby: false, coffee: true));
        var byId = Catalog.Products.ToDictionary(p => p.Product.Id);

        var lines = Enumerable.Range(0, 500).SelectMany(_ => basket.Build(random, shopper, 0)).ToList();

        Assert.All(lines, l => Assert.True(byId[l.ProductId!.Value].SuitsVegan, byId[l.ProductId!.Value].Product.Name));
        Assert.Contains(lines, l => byId[l.ProductId!.Value].Shelf.Animal);
    }
}
