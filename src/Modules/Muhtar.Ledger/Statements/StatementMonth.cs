using System.Globalization;

namespace Muhtar.Ledger.Statements;

/// <summary>A calendar month as the URL writes it ("2026-11"); its bounds are local midnights in the business's time zone.</summary>
internal readonly record struct StatementMonth(int Year, int Month)
{
    public static bool TryParse(string? text, out StatementMonth month)
    {
        month = default;
        if (text is not { Length: 7 } ||
            !DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year < 2000)
        {
            return false;
        }

        month = new StatementMonth(first.Year, first.Month);
        return true;
    }

    public static StatementMonth Containing(DateTime utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
        return new StatementMonth(local.Year, local.Month);
    }

    public StatementMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public StatementMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public DateTime StartUtc(TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeToUtc(new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified), zone);

    public int CompareTo(StatementMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    /// <summary>"Kasım 2026" in Turkish, "November 2026" in English.</summary>
    public string Name(CultureInfo culture) => new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", culture);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
