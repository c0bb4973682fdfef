namespace Muhtar.Pos.Demo;

/// <summary>EAN-13 barcodes as Turkish products carry them (GS1 Türkiye prefixes 868/869).</summary>
internal static class Ean13
{
    /// <summary>The 13-digit code for 12 digits: the last digit is the GS1 check digit.</summary>
    public static string WithCheckDigit(string twelveDigits)
    {
        if (twelveDigits.Length != 12 || !twelveDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Twelve digits are needed.", nameof(twelveDigits));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (twelveDigits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return twelveDigits + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public static bool IsValid(string code) =>
        code.Length == 13 && code.All(char.IsAsciiDigit) && WithCheckDigit(code[..12]) == code;
}
