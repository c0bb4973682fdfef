using Bogus;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Demo;

/// <summary>
/// Fills demo baskets: 1–8 lines from popular shelves and the shopper's favourites, with products that
/// go together added together (nappies → baby food, coffee → milk, pasta → tomato paste) so basket
/// analysis (A3) finds real rules; prices as they were then (inflation), some lines on promotion.
/// </summary>
internal sealed class DemoBasket
{
    /// <summary>Monthly price rise used to price older receipts below today's shelf price.</summary>
    public const double MonthlyInflation = 0.025;

    private static readonly double[] LineCountWeights = [18, 20, 18, 14, 11, 8, 6, 5];

    private static readonly (string From, string To, double Chance)[] Companions =
    [
        ("nappy", "babyfood", 0.5), ("nappy", "wipes", 0.4), ("babyfood", "nappy", 0.3),
        ("filter-coffee", "milk", 0.5), ("instant-coffee", "milk", 0.45), ("instant-coffee", "creamer", 0.3),
        ("turkish-coffee", "water", 0.2), ("bread", "cheese", 0.3), ("cheese", "bread", 0.35),
        ("tea", "flour-sugar", 0.25), ("pasta", "paste-canned", 0.4), ("chips", "soda", 0.4),
        ("red-meat", "vegetable", 0.35), ("chicken", "rice-pulses", 0.3), ("pastry", "tea", 0.15),
    ];

    private readonly IReadOnlyList<DemoProduct> _products;
    private readonly List<DemoShelf> _shelves;
    private readonly double[] _shelfWeights;
    private readonly Dictionary<string, List<int>> _byShelf;
    private readonly Dictionary<(string Shelf, bool Vegan, bool OrganicOnly), ShelfChoice> _choices = [];
    private readonly double _totalShelfWeight;

    public DemoBasket(IReadOnlyList<DemoProduct> products)
    {
        _products = products;
        _byShelf = products.Select((p, i) => (p.Shelf.Key, i)).GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList(), StringComparer.Ordinal);
        _shelves = products.Select(p => p.Shelf).DistinctBy(s => s.Key).ToList();
        _shelfWeights = _shelves.Select(s => s.Popularity).ToArray();
        _totalShelfWeight = _shelfWeights.Sum();
    }

    /// <summary>The 4–10 products a shopper comes back for (replenishment, A5).</summary>
    public IReadOnlyList<int> Favourites(Randomizer random, bool vegan, bool organic, bool hasBaby, bool coffee)
    {
        var favourites = new List<int>();
        if (hasBaby)
        {
            favourites.Add(PickFrom(random, "nappy", vegan, organic)!.Value);
            favourites.Add(PickFrom(random, "babyfood", vegan, organic)!.Value);
        }

        if (coffee)
        {
            favourites.Add(PickFrom(random, random.ArrayElement(new[] { "filter-coffee", "instant-coffee", "turkish-coffee" }), vegan, organic)!.Value);
        }

        var wanted = random.Int(4, 10);
        for (var attempt = 0; favourites.Count < wanted && attempt < 50; attempt++)
        {
            if (PickAny(random, vegan, organic) is { } product && !favourites.Contains(product))
            {
                favourites.Add(product);
            }
        }

        return favourites;
    }

    /// <summary>The lines of one receipt <paramref name="monthsAgo"/> months before now, numbered from 1.</summary>
    public List<ReceiptLine> Build(Randomizer random, DemoShopper? shopper, double monthsAgo)
    {
        var vegan = shopper?.Vegan ?? false;
        var organic = shopper?.PrefersOrganic ?? false;
        var wanted = 1 + random.PickIndex(LineCountWeights, 100);
        var picked = new List<(int Product, int Milli)>();
        // Walk-in shoppers bring their own reasons too: a baby at home, the coffee run.
        if (shopper is null && random.Bool(0.08f))
        {
            AddWithCompanions(random, picked, PickFrom(random, "nappy", false, false), wanted, vegan, organic);
        }
        else if (shopper is null && random.Bool(0.12f))
        {
            var coffee = random.ArrayElement(new[] { "filter-coffee", "instant-coffee" });
            AddWithCompanions(random, picked, PickFrom(random, coffee, false, false), wanted, vegan, organic);
        }

        for (var attempt = 0; picked.Count < wanted && attempt < wanted * 3; attempt++)
        {
            var product = shopper is not null && random.Bool(0.45f)
                ? shopper.Favourites[random.Int(0, shopper.Favourites.Count - 1)]
                : PickAny(random, vegan, organic);
            AddWithCompanions(random, picked, product, wanted, vegan, organic);
        }

        var priceFactor = Math.Pow(1 + MonthlyInflation, -monthsAgo);
        return picked.Select((line, index) => Line(random, index + 1, _products[line.Product].Product, line.Milli, priceFactor)).ToList();
    }

    private void AddWithCompanions(Randomizer random, List<(int Product, int Milli)> picked, int? product, int wanted, bool vegan, bool organic)
    {
        if (product is not { } p)
        {
            return;
        }

        Add(random, picked, p, wanted);
        foreach (var (from, to, chance) in Companions)
        {
            if (_products[p].Shelf.Key == from && random.Bool((float)chance))
            {
                Add(random, picked, PickFrom(random, to, vegan, organic), wanted);
            }
        }
    }

    private void Add(Randomizer random, List<(int Product, int Milli)> picked, int? product, int wanted)
    {
        if (product is not { } p)
        {
            return;
        }

        var weighed = _products[p].Product.Unit == ProductUnit.Kilogram;
        var existing = picked.FindIndex(l => l.Product == p);
        if (existing >= 0)
        {
            // Scanned twice: one line with a larger quantity, as tills print it.
            picked[existing] = (p, picked[existing].Milli + (weighed ? 0 : Quantity.Scale));
        }
        else if (picked.Count < wanted)
        {
            picked.Add((p, weighed ? random.Int(40, 500) * 5 : Quantity.Scale * PieceCount(random)));
        }
    }

    private static int PieceCount(Randomizer random) => random.Double() switch
    {
        < 0.75 => 1,
        < 0.93 => 2,
        < 0.98 => 3,
        _ => 4,
    };

    private static ReceiptLine Line(Randomizer random, int lineNo, Product product, int milli, double priceFactor)
    {
        // Shelf prices end in 0 or 50 kuruş.
        var unitPrice = Math.Max(50, (long)Math.Round(product.PriceKurus * priceFactor / 50) * 50);
        var gross = Quantity.Amount(unitPrice, milli);
        var discount = random.Bool(0.08f) ? gross * random.ArrayElement(new[] { 10, 15, 20, 25 }) / 100 : 0;
        return new ReceiptLine(lineNo, product.Id, product.Barcode, milli, unitPrice, discount);
    }

    private int? PickAny(Randomizer random, bool vegan, bool organic)
    {
        var shelf = _shelves[random.PickIndex(_shelfWeights, _totalShelfWeight)];
        return PickFrom(random, shelf.Key, vegan, organic);
    }

    /// <summary>A product of the shelf by its weight; vegans only get what suits them, organic lovers mostly organic.</summary>
    private int? PickFrom(Randomizer random, string shelfKey, bool vegan, bool organic)
    {
        var choice = Choices(shelfKey, vegan, organicOnly: false);
        if (organic && random.Bool(0.6f) && Choices(shelfKey, vegan, organicOnly: true) is { Products.Length: > 0 } organics)
        {
            choice = organics;
        }

        return choice.Products.Length == 0 ? null : choice.Products[random.PickIndex(choice.Weights, choice.TotalWeight)];
    }

    /// <summary>The candidates of a shelf for a kind of shopper, computed once: baskets are built tens of thousands of times.</summary>
    private ShelfChoice Choices(string shelfKey, bool vegan, bool organicOnly)
    {
        var key = (shelfKey, vegan, organicOnly);
        if (!_choices.TryGetValue(key, out var choice))
        {
            var products = _byShelf[shelfKey]
                .Where(i => (!vegan || _products[i].SuitsVegan) && (!organicOnly || _products[i].IsOrganic))
                .ToArray();
            var weights = products.Select(i => _products[i].WeightInShelf).ToArray();
            choice = new ShelfChoice(products, weights, weights.Sum());
            _choices.Add(key, choice);
        }

        return choice;
    }

    private sealed record ShelfChoice(int[] Products, double[] Weights, double TotalWeight);
}
