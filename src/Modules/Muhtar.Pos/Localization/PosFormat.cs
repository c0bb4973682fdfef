using System.Globalization;
using Muhtar.Abstractions.Pos;

namespace Muhtar.Pos.Localization;

/// <summary>
/// How POS pages show money, quantities and times: Turkish lira in Turkish format ("1.234,50 ₺") and
/// the stores' local time (Europe/Istanbul, "dd.MM.yyyy HH:mm") whatever the interface language (I8).
/// </summary>
internal static class PosFormat
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public static string Money(long kurus) => (kurus / 100m).ToString("#,##0.00", Turkish) + " ₺";

    /// <summary>Pieces as whole numbers ("2"), weights with grams ("0,35").</summary>
    public static string Quantity(int milli) => (milli / 1000m).ToString("#,##0.###", Turkish);

    public static string LocalTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Istanbul).ToString("dd.MM.yyyy HH:mm", Turkish);

    public static string PaymentKey(PaymentType type) => "Payment." + type;
}
