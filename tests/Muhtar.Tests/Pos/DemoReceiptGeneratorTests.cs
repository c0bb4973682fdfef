using Muhtar.Pos.Demo;
using Muhtar.Pos.Receipts;

namespace Muhtar.Tests.Pos;

public sealed class DemoReceiptGeneratorTests(DemoHistory history) : IClassFixture<DemoHistory>
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    [Fact]
    public void The_same_seed_gives_the_same_receipts()
    {
        var again = DemoHistory.Generate(history.Catalog, history.Customers, DemoHistory.Seed);

        Assert.Equal(history.Receipts.Select(Signature), again.Select(Signature));
    }

    [Fact]
    public void Another_seed_gives_other_receipts()
    {
        var other = DemoHistory.Generate(history.Catalog, history.Customers, DemoHistory.Seed + 1);

        Assert.NotEqual(history.Receipts.Take(100).Select(Signature), other.Take(100).Select(Signature));
    }

    [Fact]
    public void About_25000_receipts_with_about_90000_lines_cover_the_18_months_up_to_now()
    {
        var receipts = history.Receipts;
        Assert.InRange(receipts.Count, 23_750, 26_250);
        Assert.InRange(receipts.Sum(r => r.Lines.Count), 80_000, 100_000);
        Assert.All(receipts, r => Assert.InRange(r.OccurredAt, DemoHistory.Now.AddMonths(-18), DemoHistory.Now.AddTicks(-1)));
        Assert.Contains(receipts, r => r.OccurredAt < DemoHistory.Now.AddMonths(-18).AddDays(7));
        Assert.Contains(receipts, r => r.OccurredAt > DemoHistory.Now.AddDays(-2));
        Assert.Equal(receipts.OrderBy(r => r.OccurredAt).Select(r => r.Id), receipts.Select(r => r.Id));
    }

    [Fact]
    public void Every_total_is_the_sum_of_its_lines()
    {
        Assert.All(history.Receipts, r =>
        {
            Assert.InRange(r.Lines.Count, 1, 8);
            Assert.Equal(r.Lines.Sum(l => l.LineTotalKurus), r.TotalKurus);
            Assert.Equal(r.SubtotalKurus - r.DiscountKurus, r.TotalKurus);
            Assert.Equal(Enumerable.Range(1, r.Lines.Count), r.Lines.Select(l => l.LineNo));
            Assert.All(r.Lines, l => Assert.Equal(Quantity.Amount(l.UnitPriceKurus, l.QuantityMilli) - l.DiscountKurus, l.LineTotalKurus));
        });
        Assert.Contains(history.Receipts, r => r.DiscountKurus > 0);
    }

    [Fact]
    public void About_sixty_percent_of_receipts_name_one_of_the_given_customers()
    {
        var linked = history.Receipts.Where(r => r.CustomerId is not null).ToList();

        Assert.InRange(linked.Count / (double)history.Receipts.Count, 0.55, 0.65);
        var known = history.Customers.ToHashSet();
        Assert.All(linked, r => Assert.Contains(r.CustomerId!.Value, known));
    }

    [Fact]
    public void Some_customers_are_loyal_and_some_have_lapsed()
    {
        var byCustomer = history.Receipts.Where(r => r.CustomerId is not null).GroupBy(r => r.CustomerId!.Value).ToList();
        var counts = byCustomer.Select(g => g.Count()).OrderDescending().ToList();
        var topTenth = counts.Take(history.Customers.Count / 10).Sum();

        Assert.True(topTenth > counts.Sum() * 0.3, $"the top 10% of customers make {topTenth} of {counts.Sum()} receipts");
        var lapsed = byCustomer.Count(g => g.Count() >= 5 && g.Max(r => r.OccurredAt) < DemoHistory.Now.AddMonths(-4));
        Assert.True(lapsed >= 50, $"{lapsed} customers bought 5+ times and then nothing for four months");
    }

    [Fact]
    public void Receipt_numbers_run_from_one_per_till_in_time_order()
    {
        foreach (var till in history.Receipts.GroupBy(r => (r.StoreId, r.TillCode)))
        {
            Assert.Equal(Enumerable.Range(1, till.Count()).Select(n => n.ToString("D6")), till.Select(r => r.ReceiptNo));
        }

        Assert.Equal(history.Catalog.Stores.Count * 2, history.Receipts.Select(r => (r.StoreId, r.TillCode)).Distinct().Count());
    }

    [Fact]
    public void Sales_happen_in_opening_hours_and_saturdays_are_busier_than_tuesdays()
    {
        var local = history.Receipts.Select(r => TimeZoneInfo.ConvertTimeFromUtc(r.OccurredAt, Istanbul)).ToList();

        Assert.All(local, t => Assert.InRange(t.Hour, 8, 21));
        Assert.True(local.Count(t => t.DayOfWeek == DayOfWeek.Saturday) > 1.3 * local.Count(t => t.DayOfWeek == DayOfWeek.Tuesday));
        Assert.True(local.Count(t => t.Hour == 18) > 3 * local.Count(t => t.Hour == 8));
    }

    [Theory]
    [InlineData("nappy", "babyfood")]
    [InlineData("filter-coffee", "milk")]
    [InlineData("pasta", "paste-canned")]
    public void Products_that_go_together_are_bought_together_far_more_than_by_chance(string first, string second)
    {
        var shelfOf = history.Catalog.Products.ToDictionary(p => p.Product.Id, p => p.Shelf.Key);
        var baskets = history.Receipts.Select(r => r.Lines.Select(l => shelfOf[l.ProductId!.Value]).ToHashSet()).ToList();
        double n = baskets.Count, a = baskets.Count(b => b.Contains(first)), b = baskets.Count(b => b.Contains(second));
        var both = baskets.Count(x => x.Contains(first) && x.Contains(second));

        var lift = both / n / (a / n * (b / n));
        Assert.True(lift > 2, $"lift of {first} → {second} is {lift:0.00}");
    }

    [Fact]
    public void Without_customers_every_receipt_is_anonymous()
    {
        var receipts = new DemoReceiptGenerator(history.Catalog, [], DemoHistory.Now, 7, new DemoVolume(Receipts: 500)).Generate().ToList();

        Assert.InRange(receipts.Count, 490, 500);
        Assert.All(receipts, r => Assert.Null(r.CustomerId));
    }

    private static string Signature(Receipt r) =>
        $"{r.OccurredAt:O}|{r.StoreId}|{r.TillCode}|{r.ReceiptNo}|{r.Cashier}|{r.CustomerId}|{r.PaymentType}|{r.TotalKurus}|"
        + string.Join(",", r.Lines.Select(l => $"{l.Barcode}x{l.QuantityMilli}@{l.UnitPriceKurus}-{l.DiscountKurus}"));
}
