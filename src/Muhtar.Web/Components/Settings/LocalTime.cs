using System.Globalization;

namespace Muhtar.Web.Components.Settings;

internal static class LocalTime
{
    // The business time zone (Europe/Istanbul by default, see Tenant.TimeZone); Türkiye has no daylight saving.
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public static string Format(DateTime? utc) =>
        utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(value, Istanbul).ToString("g", CultureInfo.CurrentCulture) : "–";
}
