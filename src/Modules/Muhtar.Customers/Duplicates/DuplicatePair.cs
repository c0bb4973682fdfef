namespace Muhtar.Customers.Duplicates;

internal static class DuplicatePair
{
    /// <summary>The pair in a fixed order, so (a, b) and (b, a) are one key.</summary>
    public static (Guid First, Guid Second) Order(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
