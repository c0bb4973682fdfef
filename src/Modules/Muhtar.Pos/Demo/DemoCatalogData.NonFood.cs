namespace Muhtar.Pos.Demo;

internal static partial class DemoCatalogData
{
    private static IEnumerable<DemoShelf> NonFood()
    {
        const string cleaning = "Temizlik", cleaningSupplier = "Anadolu Temizlik Ürünleri A.Ş.";
        string[] cleaningBrands = ["Beyaz Köpük", "Parıltı", "Pamuk"];
        yield return new(cleaning, "Çamaşır", "laundry", 2.5, cleaningSupplier, cleaningBrands,
        [
            I("Toz Çamaşır Deterjanı 6 kg", 420m, 3), I("Sıvı Çamaşır Deterjanı 3 L", 260m, 3), I("Yumuşatıcı 3 L", 150m, 3),
            I("Renkliler İçin Sıvı Deterjan 2,5 L", 230m, 2), I("Çamaşır Suyu 3,5 L", 80m, 2),
        ]);
        yield return new(cleaning, "Bulaşık", "dishwash", 2, cleaningSupplier, cleaningBrands,
            [I("Elde Bulaşık Deterjanı 1,5 L", 95m, 3), I("Bulaşık Makinesi Tableti 40'lı", 350m, 2), I("Bulaşık Makinesi Parlatıcısı 500 ml", 140m)]);
        yield return new(cleaning, "Yüzey Temizleyici", "surface", 1.5, cleaningSupplier, cleaningBrands,
            [I("Yüzey Temizleyici 2,5 L", 110m, 2), I("Cam Temizleyici 750 ml", 70m, 2), I("Krem Temizleyici 750 ml", 75m)]);
        yield return new(cleaning, "Kağıt Ürünleri", "paper", 3, cleaningSupplier, ["Pamuk", "Beyaz Köpük"],
        [
            I("Tuvalet Kağıdı 32'li", 320m, 2), I("Kağıt Havlu 12'li", 250m, 2), I("Peçete 100'lü", 30m, 2), I("Cep Mendili 10'lu", 25m),
        ]);

        const string care = "Kişisel Bakım";
        yield return new(care, "Şampuan", "shampoo", 1.5, cleaningSupplier, ["Gül Bahçesi", "Nane"],
        [
            I("Şampuan 500 ml", 110m, 2), I("Kepeğe Karşı Şampuan 500 ml", 130m, 2), I("Saç Kremi 400 ml", 110m),
            I("Vegan Şampuan 400 ml", 150m, 1, Vegan),
        ]);
        yield return new(care, "Ağız ve Diş Bakımı", "dental", 1.5, cleaningSupplier, ["Nane", "Gül Bahçesi"],
            [I("Diş Macunu 75 ml", 60m, 2), I("Diş Fırçası", 45m, 2), I("Ağız Gargarası 500 ml", 120m)]);
        yield return new(care, "Sabun ve Duş Jeli", "soap", 1.5, cleaningSupplier, ["Gül Bahçesi", "Nane"],
        [
            I("Katı Sabun 4'lü", 60m, 2), I("Sıvı Sabun 1,5 L", 95m, 2), I("Duş Jeli 500 ml", 110m, 2),
            I("Zeytinyağlı Sabun 4'lü", 85m, 1, Vegan),
        ]);

        const string baby = "Bebek", babySupplier = "Bebek Dünyası Toptan Ltd. Şti.";
        string[] babyBrands = ["Minik Adım", "Tatlı Rüya"];
        yield return new(baby, "Bebek Bezi", "nappy", 2, babySupplier, babyBrands,
        [
            new("Bebek Bezi 40'lı", 380m, 2, Sizes: ["2 Mini", "3 Midi", "4 Maxi", "5 Junior", "6 XL"]),
            new("Külot Bez 30'lu", 420m, 1, Sizes: ["4 Maxi", "5 Junior", "6 XL"]),
        ]);
        yield return new(baby, "Bebek Maması", "babyfood", 1.5, babySupplier, babyBrands,
        [
            I("Devam Sütü 800 g", 520m, 2), I("Kaşık Maması 250 g", 160m, 2), I("Organik Meyve Püresi 120 g", 45m, 2, Organic, Vegan),
            I("Organik Pirinç Unu 200 g", 95m, 1, Organic, GlutenFree), I("Bebek Bisküvisi 150 g", 70m),
        ]);
        yield return new(baby, "Islak Mendil ve Bakım", "wipes", 1.5, babySupplier, babyBrands,
            [I("Islak Mendil 90'lı", 45m, 2), I("Islak Mendil 3x90", 120m, 2), I("Pişik Kremi 100 ml", 140m)]);

        const string textile = "Tekstil", textileSupplier = "Pamukkale Tekstil San. ve Tic. A.Ş.";
        string[] textileBrands = ["Pamukkale"];
        yield return new(textile, "Çorap", "socks", 0.7, textileSupplier, textileBrands,
        [
            new("Pamuklu Çorap 3'lü", 120m, 1, Colours: ["Beyaz", "Siyah", "Lacivert"], Sizes: ["36-39", "40-44"]),
            new("Patik Çorap", 90m, 1, Colours: ["Beyaz", "Gri"], Sizes: ["36-39", "40-44"]),
        ]);
        yield return new(textile, "Tişört", "tshirt", 0.5, textileSupplier, textileBrands,
        [
            new("Basic Tişört", 250m, 1, Colours: ["Beyaz", "Siyah", "Lacivert"], Sizes: ["S", "M", "L", "XL"]),
            new("Organik Pamuk Tişört", 350m, 1, [Organic, Vegan], Colours: ["Beyaz", "Yeşil"], Sizes: ["S", "M", "L"]),
        ]);
    }
}
