using System.Globalization;

namespace Muhtar.Pos.Promotions.Pages;

/// <summary>TRY amounts as the pages show them ("1.250,50 ₺"), in Turkish format whatever the UI language.</summary>
internal static class PromotionText
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public static string Money(decimal lira) => lira.ToString("#,##0.00", Turkish) + " ₺";
}
