using System.Globalization;
using System.Text.RegularExpressions;

namespace Muhtar.Customers.Tags;

/// <summary>How a tag chip is painted: background and text colour.</summary>
internal sealed record TagStyle(string Background, string Foreground)
{
    public string Css => $"background:{Background};color:{Foreground}";
}

/// <summary>
/// The tag palette: pale backgrounds with dark text of the same hue, every pair above 7:1 contrast. A custom
/// "#rrggbb" gets black or white text, whichever contrasts more (always at least 4.5:1, WCAG AA).
/// </summary>
internal static partial class TagColours
{
    public const string Default = "gray";

    public static readonly IReadOnlyDictionary<string, TagStyle> Palette = new Dictionary<string, TagStyle>(StringComparer.Ordinal)
    {
        ["gray"] = new("#e7eaee", "#1b1f24"),
        ["red"] = new("#fde2e1", "#7f1d1d"),
        ["orange"] = new("#ffe8cc", "#6b3500"),
        ["yellow"] = new("#fff3bf", "#574000"),
        ["green"] = new("#d3f9d8", "#1a4d25"),
        ["teal"] = new("#c3fae8", "#0a4a40"),
        ["blue"] = new("#d0ebff", "#0b4275"),
        ["purple"] = new("#e5dbff", "#45277f"),
        ["pink"] = new("#ffdeeb", "#7d1846"),
    };

    /// <summary>A palette name or "#rrggbb" (lower-cased), or null when it is neither.</summary>
    public static string? Normalize(string? colour)
    {
        var value = colour?.Trim().ToLowerInvariant() ?? "";
        return Palette.ContainsKey(value) || Hex().IsMatch(value) ? value : null;
    }

    public static TagStyle Style(string? colour)
    {
        if (colour is not null && Palette.TryGetValue(colour, out var style))
        {
            return style;
        }

        if (colour is not null && Hex().IsMatch(colour))
        {
            var luminance = Luminance(colour);
            // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); pick the larger.
            return new(colour, (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff");
        }

        return Palette[Default];
    }

    /// <summary>WCAG relative luminance of "#rrggbb".</summary>
    public static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    [GeneratedRegex("^#[0-9a-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hex();
}
