using System.Globalization;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// Counts SMS parts exactly as GSM 03.38 / 3GPP TS 23.038 define them. A text all in the default alphabet goes
/// as 7-bit (extension characters such as € [ ] { } count two septets, ESC plus the character); any other
/// character — the Turkish ğ ı ş İ Ğ Ş and ç among them — forces UCS-2 for the whole text. A long text is
/// split into parts whose user-data header (concatenation) takes 7 septets or 3 UTF-16 units, and a part never
/// ends inside an escape pair or a surrogate pair, so counting walks the text rather than dividing.
/// </summary>
internal static class SmsCounter
{
    private const int Gsm7Single = 160;
    private const int Gsm7Multi = 153;
    private const int TurkishSingle = 155;
    private const int TurkishMulti = 149;
    private const int Ucs2Single = 70;
    private const int Ucs2Multi = 67;

    // GSM 03.38 default alphabet (basic character set), in table order. 0x1B (ESC) is left out on purpose.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // The default extension table: each costs ESC + character.
    private const string Extension = "\f^{}\\[~]|€";

    // The Turkish national single-shift table (TS 23.038 A.2.1): the extension table plus these letters.
    private const string TurkishExtension = Extension + "ĞİŞçğış";

    public static SmsLength Count(string text)
    {
        var characters = new StringInfo(text).LengthInTextElements;
        if (text.Length == 0)
        {
            return new SmsLength(SmsEncoding.Gsm7, 0, 0, 0, Gsm7Single) { RemainingInSegment = Gsm7Single };
        }

        if (TryCosts(text, Extension) is { } gsm)
        {
            return Build(SmsEncoding.Gsm7, characters, gsm, Gsm7Single, Gsm7Multi);
        }

        var ucs2 = Build(SmsEncoding.Ucs2, characters, Ucs2Costs(text), Ucs2Single, Ucs2Multi);
        return TryCosts(text, TurkishExtension) is { } turkish
            ? ucs2 with { Turkish = Build(SmsEncoding.Gsm7Turkish, characters, turkish, TurkishSingle, TurkishMulti) }
            : ucs2;
    }

    /// <summary>The septets each character takes in 7-bit with the given shift table, or null when one does not fit.</summary>
    private static List<int>? TryCosts(string text, string shift)
    {
        var costs = new List<int>(text.Length);
        foreach (var c in text)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
            {
                costs.Add(1);
            }
            else if (shift.Contains(c, StringComparison.Ordinal))
            {
                costs.Add(2);
            }
            else
            {
                return null;
            }
        }

        return costs;
    }

    /// <summary>UTF-16 code units per character; a surrogate pair (an emoji) is one unit of 2 so it is never split.</summary>
    private static List<int> Ucs2Costs(string text)
    {
        var costs = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                costs.Add(2);
                i++;
            }
            else
            {
                costs.Add(1);
            }
        }

        return costs;
    }

    private static SmsLength Build(SmsEncoding encoding, int characters, List<int> costs, int single, int multi)
    {
        var units = costs.Sum();
        if (units <= single)
        {
            return new SmsLength(encoding, characters, units, 1, single) { RemainingInSegment = single - units };
        }

        var segments = 1;
        var used = 0;
        foreach (var cost in costs)
        {
            if (used + cost > multi)
            {
                segments++;
                used = 0;
            }

            used += cost;
        }

        return new SmsLength(encoding, characters, units, segments, multi) { RemainingInSegment = multi - used };
    }
}
