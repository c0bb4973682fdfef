namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// The seeded business as the load needs it: a till key (scope "pos"), an all-scopes key for setting up,
/// its stores and products, and its customers' ids in phone order (customer n has <see cref="Phone"/>(n)).
/// </summary>
internal sealed record TillBenchTenant(
    Guid TenantId,
    string TillKey,
    string AdminKey,
    IReadOnlyList<BenchStore> Stores,
    IReadOnlyList<BenchProduct> Products,
    Guid[] CustomerIds)
{
    public const string Slug = "benchtill";

    /// <summary>The stored (E.164) phone of customer <paramref name="n"/>.</summary>
    public static string Phone(int n) => $"+90532{n:D7}";

    /// <summary>Customer <paramref name="n"/>'s phone as a cashier might type it: E.164, national with spaces, or bare ten digits.</summary>
    public static string TypedPhone(int n, int form) => (form % 3) switch
    {
        0 => Phone(n),
        1 => $"0532 {n / 10000 % 1000:D3} {n / 100 % 100:D2} {n % 100:D2}",
        _ => $"532{n:D7}",
    };
}

internal sealed record BenchStore(string Code, IReadOnlyList<string> TillCodes);

internal sealed record BenchProduct(Guid Id, string Barcode, long PriceKurus, Guid CategoryId);
