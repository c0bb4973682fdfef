using System.Globalization;
using System.Text;

namespace Muhtar.Platform.Text;

/// <summary>
/// Turkish-aware text keys (C4, I8). Stored names keep their spelling; these derived keys are what
/// searching and sorting compare.
/// </summary>
public static class TurkishText
{
    public static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    // The Turkish alphabet with q, w, x where foreign names need them, after space and digits.
    private const string Alphabet = " 0123456789abcçdefgğhıijklmnoöpqrsştuüvwxyz";

    private const int SortKeySourceLength = 64;

    /// <summary>
    /// For matching only: Turkish lower case (İ→i, I→ı), then every letter to its plain Latin base
    /// (ı→i, ş→s, ğ→g, ü→u, ö→o, ç→c, â→a), other characters to single spaces.
    /// "AHMET YILMAZ", "Ahmet Yılmaz", "AHMET YİLMAZ" and "ahmet yilmaz" all give "ahmet yilmaz".
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLower(Turkish).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c == 'ı' ? 'i' : c;
            if (char.IsLetterOrDigit(folded))
            {
                builder.Append(folded);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The distinct folded words of the given texts: what a search word is matched against as a prefix.</summary>
    public static IReadOnlyList<string> Words(params string?[] texts) =>
        texts.SelectMany(t => Fold(t).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// A key whose plain ordinal order is Turkish alphabetical order (a b c ç d … ğ h ı i … ş … ü …),
    /// so ORDER BY on it is right under any database collation. Each letter becomes two ASCII letters.
    /// </summary>
    public static string SortKey(string? text)
    {
        var builder = new StringBuilder(SortKeySourceLength * 2);
        var lastWasSpace = true;
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormC).ToLower(Turkish))
        {
            if (builder.Length >= SortKeySourceLength * 2)
            {
                break;
            }

            var index = RankOf(c);
            if (index == 0 && lastWasSpace)
            {
                continue;
            }

            lastWasSpace = index == 0;
            builder.Append((char)('a' + (index / 26))).Append((char)('a' + (index % 26)));
        }

        var key = builder.ToString();
        return lastWasSpace && key.Length >= 2 ? key[..^2] : key;
    }

    /// <summary>Position in <see cref="Alphabet"/>: accented letters rank as their base, unknown letters last, the rest as space.</summary>
    private static int RankOf(char c)
    {
        var index = Alphabet.IndexOf(c, StringComparison.Ordinal);
        if (index >= 0)
        {
            return index;
        }

        if (!char.IsLetterOrDigit(c))
        {
            return 0;
        }

        var baseLetter = c.ToString().Normalize(NormalizationForm.FormD)[0];
        index = Alphabet.IndexOf(baseLetter, StringComparison.Ordinal);
        return index >= 0 ? index : Alphabet.Length;
    }
}
