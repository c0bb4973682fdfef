namespace Muhtar.Pos.Receipts;

/// <summary>
/// Quantities are stored as integer thousandths (milli-units): 1 piece = 1000, 0.350 kg = 350.
/// An integer column sums and compares exactly on SQLite and PostgreSQL alike, where a decimal column
/// would not sum in SQLite; three decimals cover grams. The API shows them as decimal numbers.
/// </summary>
internal static class Quantity
{
    public const int Scale = 1000;

    public static decimal ToDecimal(int milli) => milli / (decimal)Scale;

    /// <summary>The milli-units of <paramref name="quantity"/>, or null when it has more than three decimals or is out of range.</summary>
    public static int? TryFromDecimal(decimal quantity)
    {
        var milli = quantity * Scale;
        if (milli != decimal.Truncate(milli) || milli > int.MaxValue || milli < int.MinValue)
        {
            return null;
        }

        return (int)milli;
    }

    /// <summary>Price × quantity in kuruş, rounded half away from zero as a till does.</summary>
    public static long Amount(long unitPriceKurus, int milli) =>
        (long)Math.Round(unitPriceKurus * (decimal)milli / Scale, MidpointRounding.AwayFromZero);
}
