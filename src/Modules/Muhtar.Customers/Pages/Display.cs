using System.Globalization;

namespace Muhtar.Customers.Pages;

/// <summary>How the pages show instants and dates: in the business's time zone, in the reader's culture.</summary>
internal static class Display
{
    private static readonly TimeZoneInfo BusinessZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    /// <summary>"02.03.2026 12:00" in Turkish, "3/2/2026 12:00 PM" in English.</summary>
    public static string When(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, BusinessZone).ToString("g", CultureInfo.CurrentCulture);

    public static string Day(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, BusinessZone).ToString("d", CultureInfo.CurrentCulture);

    public static string Day(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Machine-readable value for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
