namespace Muhtar.Pos.Demo;

internal static partial class DemoCatalogData
{
    private static IEnumerable<DemoShelf> Pantry(string grocerySupplier)
    {
        const string staples = "Temel Gıda";
        string[] stapleBrands = ["Bereket", "Sofra", "Hasat"];
        yield return new(staples, "Makarna", "pasta", 4, grocerySupplier, stapleBrands,
        [
            I("Spagetti 500 g", 22m, 3, Vegan), I("Burgu Makarna 500 g", 22m, 3, Vegan), I("Erişte 500 g", 45m),
            I("Glutensiz Makarna 400 g", 75m, 1, GlutenFree, Vegan), I("Tam Buğday Makarna 500 g", 35m, 2, Vegan),
        ]);
        yield return new(staples, "Pirinç ve Bakliyat", "rice-pulses", 4, grocerySupplier, stapleBrands,
        [
            I("Baldo Pirinç 1 kg", 85m, 3, GlutenFree, Vegan), I("Osmancık Pirinç 1 kg", 70m, 2, GlutenFree, Vegan),
            I("Kırmızı Mercimek 1 kg", 70m, 2, GlutenFree, Vegan), I("Nohut 1 kg", 80m, 2, GlutenFree, Vegan),
            I("Kuru Fasulye 1 kg", 95m, 2, GlutenFree, Vegan), I("Pilavlık Bulgur 1 kg", 45m, 2, Vegan),
            I("Organik Yeşil Mercimek 500 g", 75m, 1, Organic, GlutenFree, Vegan),
        ]);
        yield return new(staples, "Un ve Şeker", "flour-sugar", 3, grocerySupplier, stapleBrands,
        [
            I("Buğday Unu 2 kg", 70m, 2, Vegan), I("Toz Şeker 1 kg", 45m, 2, GlutenFree, Vegan), I("Küp Şeker 750 g", 55m, 2, GlutenFree, Vegan),
            I("İyotlu Tuz 750 g", 15m, 1, GlutenFree, Vegan), I("Süzme Çiçek Balı 450 g", 220m),
        ]);
        yield return new(staples, "Sıvı Yağ", "oil", 2.5, grocerySupplier, stapleBrands,
        [
            I("Ayçiçek Yağı 1 L", 80m, 2, Vegan), I("Ayçiçek Yağı 5 L", 380m, 2, Vegan), I("Sızma Zeytinyağı 1 L", 390m, 2, Vegan),
            I("Organik Sızma Zeytinyağı 500 ml", 280m, 1, Organic, Vegan),
        ]);
        yield return new(staples, "Salça ve Konserve", "paste-canned", 3, grocerySupplier, stapleBrands,
        [
            I("Domates Salçası 830 g", 75m, 3, Vegan), I("Biber Salçası 650 g", 90m, 2, Vegan), I("Ton Balığı 3x75 g", 150m, 2),
            I("Közlenmiş Biber 660 g", 70m, 1, Vegan), I("Siyah Zeytin 500 g", 120m, 2, Vegan),
        ]);

        const string produce = "Meyve ve Sebze", produceSupplier = "Antalya Hal Meyve Sebze Toptan";
        yield return new(produce, "Meyve", "fruit", 8, produceSupplier, [],
        [
            Kg("Elma", 45m, Vegan, GlutenFree), Kg("Muz", 85m, Vegan, GlutenFree), Kg("Portakal", 35m, Vegan, GlutenFree),
            Kg("Mandalina", 40m, Vegan, GlutenFree), Kg("Çilek", 120m, Vegan, GlutenFree), Kg("Üzüm", 70m, Vegan, GlutenFree),
            Kg("Organik Elma", 75m, Organic, Vegan, GlutenFree), Kg("Limon", 50m, Vegan, GlutenFree),
        ]);
        yield return new(produce, "Sebze", "vegetable", 8, produceSupplier, [],
        [
            Kg("Domates", 40m, Vegan, GlutenFree), Kg("Salatalık", 35m, Vegan, GlutenFree), Kg("Patates", 25m, Vegan, GlutenFree),
            Kg("Kuru Soğan", 20m, Vegan, GlutenFree), Kg("Sivri Biber", 60m, Vegan, GlutenFree), Kg("Havuç", 30m, Vegan, GlutenFree),
            Kg("Organik Domates", 70m, Organic, Vegan, GlutenFree), Kg("Ispanak", 50m, Vegan, GlutenFree),
            new("Maydanoz Demet", 15m, 0, [Vegan, GlutenFree]), new("Marul Adet", 30m, 0, [Vegan, GlutenFree]),
        ]);

        const string meat = "Et ve Tavuk", meatSupplier = "Başkent Et ve Tavuk A.Ş.";
        yield return new(meat, "Kırmızı Et", "red-meat", 2.5, meatSupplier, [],
            [Kg("Dana Kıyma", 650m, GlutenFree), Kg("Dana Kuşbaşı", 700m, GlutenFree), Kg("Kuzu Pirzola", 950m, GlutenFree)], Animal: true);
        yield return new(meat, "Tavuk", "chicken", 3.5, meatSupplier, ["Çiftlik Tavuk"],
        [
            Kg("Tavuk Göğsü", 260m, GlutenFree), Kg("Bütün Tavuk", 150m, GlutenFree), I("Tavuk Baget 1 kg", 180m),
            I("Tavuk Kanat 1 kg", 220m), I("Tavuk Sosis 200 g", 65m),
        ], Animal: true);
        yield return new(meat, "Şarküteri ve Yumurta", "deli", 3, meatSupplier, ["Kasap Usta", "Anadolu Çiftliği"],
        [
            I("Kangal Sucuk 250 g", 190m, 2), I("Pastırma 100 g", 160m), I("Hindi Füme 100 g", 70m), I("Yumurta 15'li", 110m, 2),
            I("Organik Yumurta 10'lu", 110m, 1, Organic),
        ], Animal: true);

        const string snacks = "Atıştırmalık";
        yield return new(snacks, "Çikolata", "chocolate", 4, grocerySupplier, ["Kakao Dünyası", "Çıtır"],
        [
            I("Sütlü Çikolata 80 g", 35m, 2), I("Bitter Çikolata %70 80 g", 40m, 2, Vegan), I("Fındıklı Çikolata 80 g", 40m, 2),
            I("Gofret 36 g", 12m, 2), I("Çikolata Kaplı Bar", 18m),
        ], Animal: true);
        yield return new(snacks, "Bisküvi", "biscuit", 4, grocerySupplier, ["Çıtır", "Kakao Dünyası"],
        [
            I("Petibör Bisküvi 400 g", 38m, 2), I("Kremalı Bisküvi", 15m, 2), I("Kraker", 20m, 2, Vegan),
            I("Glutensiz Kurabiye 150 g", 70m, 1, GlutenFree), I("Yulaflı Bisküvi", 35m),
        ]);
        yield return new(snacks, "Cips", "chips", 4, grocerySupplier, ["Çıtır", "Fıstıkçı Ali"],
            [I("Patates Cipsi 150 g", 45m, 2, Vegan, GlutenFree), I("Mısır Cipsi 120 g", 40m, 2, GlutenFree), I("Çubuk Kraker", 25m, 1, Vegan)]);
        yield return new(snacks, "Kuruyemiş", "nuts", 2.5, grocerySupplier, ["Fıstıkçı Ali", "Hasat"],
        [
            I("Antep Fıstığı 200 g", 250m, 1, Vegan, GlutenFree), I("Kavrulmuş Fındık 200 g", 160m, 2, Vegan, GlutenFree),
            I("Karışık Kuruyemiş 300 g", 180m, 2, Vegan, GlutenFree), I("Leblebi 250 g", 60m, 1, Vegan, GlutenFree),
            I("Organik Kuru Kayısı 500 g", 150m, 1, Organic, Vegan, GlutenFree),
        ]);
    }
}
