using Muhtar.Pos.Catalog;

namespace Muhtar.Pos.Demo;

/// <summary>
/// The demo chain's catalogue: a Turkish grocery (market) with fictional brands and suppliers, prices in
/// TRY as of the demo's "now". Food shelves here, the rest in DemoCatalogData.NonFood.cs.
/// </summary>
internal static partial class DemoCatalogData
{
    private const string Organic = "organik";
    private const string Vegan = "vegan";
    private const string GlutenFree = "glutensiz";

    public static IReadOnlyList<DemoShelf> Shelves { get; } = [.. Food(), .. NonFood()];

    private static DemoItem I(string name, decimal price, int brands = 1, params string[] tags) => new(name, price, brands, tags);

    private static DemoItem Kg(string name, decimal price, params string[] tags) => new(name, price, 0, tags, ProductUnit.Kilogram);

    private static IEnumerable<DemoShelf> Food()
    {
        const string dairy = "Süt Ürünleri", dairySupplier = "Ege Tarım Ürünleri Ltd. Şti.";
        string[] dairyBrands = ["Anadolu Çiftliği", "Ege Süt", "Yayla"];
        yield return new(dairy, "Süt", "milk", 8, dairySupplier, dairyBrands,
        [
            I("Tam Yağlı Süt 1 L", 42.50m, 3), I("Yarım Yağlı Süt 1 L", 41m, 3), I("Tam Yağlı Süt 500 ml", 24m, 2),
            I("Laktozsuz Süt 1 L", 52m, 2, "laktozsuz"), I("Organik Süt 1 L", 64m, 1, Organic),
            I("Yulaf Sütü 1 L", 89m, 1, Vegan), I("Badem Sütü 1 L", 99m, 1, Vegan, GlutenFree), I("Kakaolu Süt 200 ml", 18m, 2),
        ], Animal: true);
        yield return new(dairy, "Yoğurt", "yogurt", 5, dairySupplier, dairyBrands,
        [
            I("Tam Yağlı Yoğurt 1 kg", 75m, 3), I("Süzme Yoğurt 750 g", 110m, 2), I("Organik Yoğurt 500 g", 70m, 1, Organic),
            I("Meyveli Yoğurt 4x100 g", 58m, 2), I("Soya Yoğurdu 400 g", 85m, 1, Vegan),
        ], Animal: true);
        yield return new(dairy, "Peynir", "cheese", 5, dairySupplier, dairyBrands,
        [
            I("Beyaz Peynir 500 g", 165m, 3), I("Kaşar Peyniri 400 g", 185m, 3), I("Tulum Peyniri 350 g", 170m),
            I("Lor Peyniri 500 g", 60m), Kg("Açık Beyaz Peynir", 290m), I("Labne 200 g", 55m, 2),
        ], Animal: true);
        yield return new(dairy, "Tereyağı ve Kaymak", "butter", 2.5, dairySupplier, dairyBrands,
            [I("Tereyağı 250 g", 135m, 3), I("Tereyağı 500 g", 255m, 2), I("Kaymak 200 g", 95m)], Animal: true);
        yield return new(dairy, "Ayran ve Kefir", "ayran", 4, dairySupplier, dairyBrands,
            [I("Ayran 1 L", 38m, 3), I("Ayran 200 ml", 12m, 3), I("Kefir 1 L", 68m)], Animal: true);

        const string bakery = "Fırın", bakerySupplier = "Mahalle Fırıncılık Ltd. Şti.";
        string[] bakeryBrands = ["Köy Fırını", "Tahıl Sofrası"];
        yield return new(bakery, "Ekmek", "bread", 10, bakerySupplier, bakeryBrands,
        [
            I("Somun Ekmek 250 g", 12.50m, 1, Vegan), I("Tam Buğday Ekmeği 450 g", 32m, 2, Vegan), I("Çavdar Ekmeği 400 g", 38m, 1, Vegan),
            I("Glutensiz Ekmek 300 g", 79m, 1, GlutenFree, Vegan), I("Ekşi Mayalı Ekmek 500 g", 55m, 1, Vegan), I("Lavaş 8'li", 35m, 2, Vegan),
        ]);
        yield return new(bakery, "Simit ve Poğaça", "pastry", 5, bakerySupplier, bakeryBrands,
            [I("Simit", 15m), I("Peynirli Poğaça", 20m), I("Zeytinli Poğaça", 20m), I("Açma", 18m), Kg("Su Böreği", 420m)]);
        yield return new(bakery, "Kek ve Kurabiye", "cake", 2, bakerySupplier, bakeryBrands,
            [I("Kakaolu Kek", 40m, 2), I("Un Kurabiyesi 250 g", 65m), I("Yulaflı Vegan Kurabiye 200 g", 75m, 1, Vegan)], Animal: true);

        const string drinks = "İçecek", drinksSupplier = "Karadeniz İçecek Dağıtım A.Ş.";
        yield return new(drinks, "Su ve Maden Suyu", "water", 7, drinksSupplier, ["Kaynak", "Dağ Pınarı"],
        [
            I("Su 0,5 L", 7m, 2), I("Su 1,5 L", 14m, 2), I("Damacana Su 19 L", 120m, 2), I("Maden Suyu 200 ml", 9m, 2),
            I("Meyveli Maden Suyu 200 ml", 12m, 2),
        ]);
        yield return new(drinks, "Meyve Suyu", "juice", 3, drinksSupplier, ["Meyvem", "Bahçe"],
        [
            I("Portakal Suyu 1 L", 60m, 2, Vegan), I("Vişne Nektarı 1 L", 50m, 2), I("Şeftali Nektarı 1 L", 50m, 2),
            I("Karışık Meyve Suyu 200 ml", 18m, 2), I("Organik Elma Suyu 750 ml", 85m, 1, Organic, Vegan),
        ]);
        yield return new(drinks, "Gazlı İçecek", "soda", 5, drinksSupplier, ["Köpük", "Serin"],
        [
            I("Kola 1 L", 45m, 2), I("Kola 2,5 L", 75m, 2), I("Gazoz 1 L", 35m, 2), I("Şekersiz Kola 1 L", 45m, 1, "şekersiz"),
            I("Limonata 1 L", 40m, 2),
        ]);
        yield return new(drinks, "Çay", "tea", 4, drinksSupplier, ["Karadeniz Çay Evi", "Rize Bahçesi"],
        [
            I("Siyah Çay 1 kg", 260m, 2, Vegan), I("Siyah Çay 500 g", 140m, 2, Vegan), I("Demlik Poşet Çay 100'lü", 150m, 2, Vegan),
            I("Yeşil Çay 20'li", 55m, 1, Vegan), I("Organik Çay 500 g", 190m, 1, Organic, Vegan), I("Ihlamur 20'li", 50m, 1, Vegan),
        ]);

        const string coffee = "Kahve", grocerySupplier = "Marmara Gıda Dağıtım A.Ş.";
        string[] coffeeBrands = ["Kahveci Hasan Efendi", "Demlik Kahve", "Sabah Kahvesi"];
        yield return new(coffee, "Türk Kahvesi", "turkish-coffee", 3, grocerySupplier, coffeeBrands,
            [I("Türk Kahvesi 100 g", 55m, 3, Vegan), I("Türk Kahvesi 250 g", 130m, 2, Vegan), I("Damla Sakızlı Türk Kahvesi 100 g", 65m, 1, Vegan)]);
        yield return new(coffee, "Filtre Kahve", "filter-coffee", 2, grocerySupplier, coffeeBrands,
            [I("Filtre Kahve 250 g", 190m, 3, Vegan), I("Organik Filtre Kahve 250 g", 240m, 1, Organic, Vegan), I("Espresso Çekirdek Kahve 500 g", 420m, 2, Vegan)]);
        yield return new(coffee, "Hazır Kahve", "instant-coffee", 2.5, grocerySupplier, coffeeBrands,
            [I("Hazır Kahve 100 g", 160m, 3), I("3'ü 1 Arada Kahve 10'lu", 65m, 2), I("2'si 1 Arada Kahve 10'lu", 65m, 1)]);
        yield return new(coffee, "Kahve Kreması", "creamer", 1, grocerySupplier, coffeeBrands,
            [I("Kahve Kreması 200 g", 55m, 2), I("Bitkisel Kahve Kreması 170 g", 60m, 1, Vegan)], Animal: true);

        foreach (var shelf in Pantry(grocerySupplier))
        {
            yield return shelf;
        }
    }
}
