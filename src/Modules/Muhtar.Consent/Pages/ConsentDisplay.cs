using System.Globalization;
using Muhtar.Consent.Iys;

namespace Muhtar.Consent.Pages;

/// <summary>Instants as people read them: Turkish time, in the interface culture.</summary>
internal static class ConsentDisplay
{
    public static string When(DateTime utc) => TurkishBusinessCalendar.LocalTime(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string Iso(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture);
}
