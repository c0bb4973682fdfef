using System.Globalization;

namespace Muhtar.Automation.Pages;

/// <summary>How instants show on the automation pages: Istanbul time, the reader's culture.</summary>
internal static class AutomationDisplay
{
    private static readonly TimeZoneInfo Istanbul = Triggers.DateOccurrences.Zone(Triggers.DateOccurrences.IstanbulZone);

    public static string Instant(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Istanbul).ToString("g", CultureInfo.CurrentCulture);

    public static string Capitalised(string wire) => wire.Length == 0 ? wire : char.ToUpperInvariant(wire[0]) + wire[1..];
}
