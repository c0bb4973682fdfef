using Bogus;
using Muhtar.Abstractions.Pos;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Demo;

/// <summary>
/// The demo chain's sales history: receipts over the last <see cref="DemoVolume.Months"/> months up to
/// now, in time order, numbered per till. About <see cref="DemoVolume.LinkedShare"/> of them name one of
/// the given customers, each shopping in their own way (<see cref="DemoShopper"/>); the rest are
/// anonymous. Repeatable: the same catalogue, customers, clock and seed give the same receipts.
/// Only the visit plan (a few bytes per receipt) is held; receipts are made as they are enumerated.
/// </summary>
internal sealed class DemoReceiptGenerator(DemoCatalog catalog, IReadOnlyList<Guid> customerIds, DateTime nowUtc, int seed, DemoVolume volume)
{
    private const double DaysPerMonth = 30.44;

    public IEnumerable<Receipt> Generate()
    {
        var random = new Randomizer(unchecked((seed * 397) ^ 0x5EED));
        var calendar = new DemoCalendar(nowUtc.AddMonths(-volume.Months), nowUtc);
        var basket = new DemoBasket(catalog.Products);
        var traffic = catalog.Stores.Select(s => s.Traffic).ToArray();
        var shoppers = customerIds.Select(id => DemoShopper.Create(id, random, calendar, basket, traffic)).ToList();
        var visits = PlanVisits(random, calendar, shoppers, traffic);

        var receiptNumbers = new int[catalog.Stores.Count, 2];
        foreach (var visit in visits)
        {
            var store = catalog.Stores[visit.Store];
            var till = random.Bool(0.6f) ? 0 : 1;
            var number = ++receiptNumbers[visit.Store, till];
            // Till 01 has a morning and an evening cashier; till 02 is staffed by the third.
            var cashier = store.Cashiers[till == 1 ? 2 : DemoCalendar.LocalHour(visit.At) < 15 ? 0 : 1];
            var shopper = visit.Shopper >= 0 ? shoppers[visit.Shopper] : null;
            var lines = basket.Build(random, shopper, (nowUtc - visit.At).TotalDays / DaysPerMonth);
            var payment = Payment(random, lines.Sum(l => l.LineTotalKurus));
            var header = new ReceiptHeader(store.Store.Id, store.Tills[till].Code, cashier, number.ToString("D6"), visit.At, shopper?.CustomerId, payment);
            yield return new Receipt(header, lines, visit.At);
        }
    }

    private List<Visit> PlanVisits(Randomizer random, DemoCalendar calendar, List<DemoShopper> shoppers, double[] traffic)
    {
        var visits = new List<Visit>(volume.Receipts + (volume.Receipts / 10));
        var relative = shoppers.Sum(s => s.RelativeRate * s.ActiveDays / DaysPerMonth);
        var scale = relative > 0 ? volume.Receipts * volume.LinkedShare / relative : 0;
        for (var i = 0; i < shoppers.Count; i++)
        {
            var shopper = shoppers[i];
            // Nobody shops more than every other day, however few customers there are.
            var expected = Math.Min(shopper.RelativeRate * shopper.ActiveDays / DaysPerMonth * scale, shopper.ActiveDays / 2);
            var count = random.Poisson(expected);
            for (var k = 0; k < count; k++)
            {
                if (calendar.Sample(random, shopper.ActiveFromUtc, shopper.ActiveToUtc, shopper.Band) is { } at)
                {
                    var store = random.Bool(0.85f) ? shopper.HomeStore : random.PickIndex(traffic, traffic.Sum());
                    visits.Add(new Visit(at, store, i, visits.Count));
                }
            }
        }

        var anonymous = Math.Max(0, volume.Receipts - visits.Count);
        for (var k = 0; k < anonymous; k++)
        {
            if (calendar.Sample(random, calendar.StartUtc, calendar.EndUtc, HourBand.Any) is { } at)
            {
                visits.Add(new Visit(at, random.PickIndex(traffic, traffic.Sum()), -1, visits.Count));
            }
        }

        visits.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Sequence.CompareTo(b.Sequence));
        return visits;
    }

    /// <summary>Small baskets are paid in cash more often; a few by meal card or voucher ("other").</summary>
    private static PaymentType Payment(Randomizer random, long totalKurus)
    {
        var roll = random.Double();
        var cash = totalKurus < 100_00 ? 0.5 : 0.25;
        return roll < 0.05 ? PaymentType.Other : roll < 0.05 + cash ? PaymentType.Cash : PaymentType.Card;
    }

    private readonly record struct Visit(DateTime At, int Store, int Shopper, int Sequence);
}
