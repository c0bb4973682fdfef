namespace Muhtar.Pos.Api;

/// <summary>The API speaks decimal TRY ("12.5"); Muhtar stores kuruş (../shared/API.md).</summary>
internal static class Money
{
    public static decimal ToTry(long kurus) => kurus / 100m;
}
