using System.Globalization;

namespace Muhtar.Privacy.Pages;

/// <summary>Dates as the business reads them (Turkish day.month.year whatever the interface language, as the POS pages do).</summary>
internal static class Format
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, Istanbul).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) : "—";
}
