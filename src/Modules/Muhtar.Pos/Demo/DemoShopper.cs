using Bogus;

namespace Muhtar.Pos.Demo;

/// <summary>
/// How one demo customer shops: how often and in which months, at which store and hour, and what they
/// like (a baby at home, coffee, vegan, organic; a few favourite products bought again and again).
/// </summary>
internal sealed record DemoShopper(
    Guid CustomerId,
    ShopperKind Kind,
    DateTime ActiveFromUtc,
    DateTime ActiveToUtc,
    int HomeStore,
    HourBand Band,
    bool Vegan,
    bool PrefersOrganic,
    IReadOnlyList<int> Favourites)
{
    /// <summary>Relative visits per month while active; scaled to the volume wanted by the generator.</summary>
    public double RelativeRate => Kind switch
    {
        ShopperKind.Loyal => 6,
        ShopperKind.Regular => 2,
        ShopperKind.Occasional => 0.4,
        ShopperKind.Lapsed => 2.5,
        _ => 2,
    };

    public double ActiveDays => (ActiveToUtc - ActiveFromUtc).TotalDays;

    public static DemoShopper Create(Guid customerId, Randomizer random, DemoCalendar calendar, DemoBasket basket, IReadOnlyList<double> storeTraffic)
    {
        var kind = (ShopperKind)random.PickIndex(KindShares, 1.0);
        var (from, to) = (calendar.StartUtc, calendar.EndUtc);
        if (kind == ShopperKind.Lapsed)
        {
            to = calendar.EndUtc.AddDays(-random.Int(90, 365));
            from = calendar.StartUtc.AddDays(random.Int(0, 120));
        }
        else if (kind == ShopperKind.New)
        {
            from = calendar.EndUtc.AddDays(-random.Int(20, 150));
        }

        var band = (HourBand)random.PickIndex(BandShares, 1.0);
        var vegan = random.Bool(0.05f);
        var organic = random.Bool(0.12f);
        var hasBaby = random.Bool(0.12f);
        var coffee = random.Bool(0.2f);
        var home = random.PickIndex(storeTraffic, storeTraffic.Sum());
        return new DemoShopper(customerId, kind, from, to, home, band, vegan, organic,
            basket.Favourites(random, vegan, organic, hasBaby, coffee));
    }

    // Loyal, Regular, Occasional, Lapsed, New.
    private static readonly double[] KindShares = [0.10, 0.25, 0.35, 0.20, 0.10];

    // Any, Morning, Midday, Evening.
    private static readonly double[] BandShares = [0.4, 0.2, 0.15, 0.25];
}
