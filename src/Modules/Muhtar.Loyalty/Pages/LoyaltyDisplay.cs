using System.Globalization;

namespace Muhtar.Loyalty.Pages;

/// <summary>Values as people read them: Turkish time, TRY, grouped numbers in the interface culture.</summary>
internal static class LoyaltyDisplay
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public static string When(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Istanbul).ToString("g", CultureInfo.CurrentCulture);

    public static string Points(long points) => points.ToString("N0", CultureInfo.CurrentCulture);

    public static string Lira(long kurus) => (kurus / 100m).ToString("C2", CultureInfo.GetCultureInfo("tr-TR"));

    public static string Factor(int milli) => (milli / 1000m).ToString("0.###", CultureInfo.CurrentCulture) + "×";

    /// <summary>A decimal typed in either culture ("1,5" or "1.5").</summary>
    public static decimal? ParseDecimal(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
