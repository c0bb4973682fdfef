using Muhtar.Pos.Demo;
using Muhtar.Pos.Receipts;

namespace Muhtar.Tests.Pos;

/// <summary>One full-size demo history (2,000 customers, about 25,000 receipts), generated once for the generator tests.</summary>
public sealed class DemoHistory
{
    public const int Seed = 20260302;

    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public DemoHistory()
    {
        Customers = Enumerable.Range(1, 2_000).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        Catalog = DemoCatalogGenerator.Generate(Seed, Now);
        Receipts = Generate(Catalog, Customers, Seed);
    }

    public IReadOnlyList<Guid> Customers { get; }

    internal DemoCatalog Catalog { get; }

    internal IReadOnlyList<Receipt> Receipts { get; }

    internal static List<Receipt> Generate(DemoCatalog catalog, IReadOnlyList<Guid> customers, int seed) =>
        new DemoReceiptGenerator(catalog, customers, Now, seed, DemoVolume.Default).Generate().ToList();
}
