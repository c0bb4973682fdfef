namespace Muhtar.Pos.Demo;

/// <summary>Where the demo chain has a store, and how busy it is relative to the others.</summary>
internal sealed record DemoStoreSite(string Code, string Name, string City, string District, double Traffic)
{
    public static IReadOnlyList<DemoStoreSite> All { get; } =
    [
        new("IST01", "Kadıköy Moda Şubesi", "İstanbul", "Kadıköy", 1.4),
        new("IST02", "Beşiktaş Çarşı Şubesi", "İstanbul", "Beşiktaş", 1.2),
        new("ANK01", "Çankaya Kızılay Şubesi", "Ankara", "Çankaya", 1.0),
        new("IZM01", "Karşıyaka Çarşı Şubesi", "İzmir", "Karşıyaka", 0.9),
        new("BRS01", "Nilüfer Özlüce Şubesi", "Bursa", "Nilüfer", 0.8),
        new("ANT01", "Muratpaşa Lara Şubesi", "Antalya", "Muratpaşa", 0.7),
    ];
}
