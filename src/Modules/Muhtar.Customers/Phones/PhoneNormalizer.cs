using System.Diagnostics.CodeAnalysis;
using Muhtar.Abstractions.Customers;
using PhoneNumbers;

namespace Muhtar.Customers.Phones;

/// <summary>libphonenumber with Turkey as the default region: "0532…", "532…", "90532…", "+90 532…" are one number.</summary>
internal sealed class PhoneNormalizer : IPhoneNormalizer
{
    private const string DefaultRegion = "TR";

    // Longest plausible human input; anything longer is not a phone number and is not worth parsing.
    private const int MaxInputLength = 40;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public bool TryNormalize(string? input, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        var text = input?.Trim();
        // libphonenumber would read letters as a vanity keypad ("0800 FLOWERS"); people do not mean that here.
        if (string.IsNullOrEmpty(text) || text.Length > MaxInputLength || !text.All(IsPhoneCharacter))
        {
            return false;
        }

        if (!TryParse(text, out var number) || !Util.IsValidNumber(number))
        {
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        return true;
    }

    public string Format(string e164)
    {
        if (!TryParse(e164, out var number))
        {
            return e164;
        }

        var national = Util.GetRegionCodeForNumber(number) == DefaultRegion;
        return Util.Format(number, national ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    /// <summary>Characters people put in phone numbers; a '+' is only meaningful in front.</summary>
    internal static bool IsPhoneCharacter(char c) =>
        char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.' or '/' || c == '\u00a0';

    private static bool TryParse(string text, [NotNullWhen(true)] out PhoneNumber? number)
    {
        try
        {
            number = Util.Parse(text, DefaultRegion);
            return true;
        }
        catch (NumberParseException)
        {
            // Not a number at all: the caller reports it as an invalid phone.
            number = null;
            return false;
        }
    }
}
