namespace Muhtar.Pos.Checkout;

/// <summary>TRY in the API, kuruş inside: an amount with more than two decimals is refused, never rounded.</summary>
internal static class CheckoutMoney
{
    private const decimal MaxTry = 100_000_000m;

    public static long? TryKurus(decimal? amount)
    {
        if (amount is not { } value || Math.Abs(value) > MaxTry)
        {
            return null;
        }

        var kurus = value * 100;
        return kurus == decimal.Truncate(kurus) ? (long)kurus : null;
    }

    public static decimal ToTry(long kurus) => kurus / 100m;
}
