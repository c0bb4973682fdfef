using System.Globalization;
using System.Text;

namespace Muhtar.Pos.Catalog;

/// <summary>
/// The Turkish-aware key product search compares: Turkish lower case (İ→i, I→ı), diacritics folded
/// (ı→i, ş→s, ğ→g, ü→u, ö→o, ç→c), anything else a single space. "SÜT", "Süt" and "sut" match.
/// </summary>
internal static class SearchText
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    // The Turkish alphabet (with q, w, x for foreign words) after space and digits.
    private const string Alphabet = " 0123456789abcçdefgğhıijklmnoöpqrsştuüvwxyz";

    private const int SortKeyLetters = 60;

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

    /// <summary>
    /// A key whose ordinal order is Turkish alphabetical order (c before ç, ı before i, ş after s), so
    /// ORDER BY is right under any database collation. Each letter becomes two ASCII letters.
    /// </summary>
    public static string SortKey(string? text)
    {
        var builder = new StringBuilder(SortKeyLetters * 2);
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormC).ToLower(Turkish))
        {
            if (builder.Length >= SortKeyLetters * 2)
            {
                break;
            }

            var rank = RankOf(c);
            builder.Append((char)('a' + (rank / 26))).Append((char)('a' + (rank % 26)));
        }

        return builder.ToString();
    }

    /// <summary>Position in the alphabet: other accented letters rank as their base, unknown letters last, the rest as space.</summary>
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
