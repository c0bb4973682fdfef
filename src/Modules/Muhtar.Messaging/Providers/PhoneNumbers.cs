namespace Muhtar.Messaging.Providers;

/// <summary>The phone formats Turkish gateways ask for, from the E.164 form messages carry ("+905321234567").</summary>
internal static class PhoneNumbers
{
    /// <summary>Country code and number, digits only: "905321234567".</summary>
    public static string International(string e164) => new(e164.Where(char.IsAsciiDigit).ToArray());

    /// <summary>Turkish numbers without the country code ("5321234567"); others as <see cref="International"/>.</summary>
    public static string NationalIfTurkish(string e164)
    {
        var digits = International(e164);
        return digits.Length == 12 && digits.StartsWith("90", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
