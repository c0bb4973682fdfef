using Muhtar.Abstractions.Pos;

namespace Muhtar.Loyalty.Api;

/// <summary>How the API spells loyalty values: TRY as decimals, multipliers as decimals ("2" = double), instants with offset.</summary>
internal static class LoyaltyWire
{
    public static decimal Try(long kurus) => kurus / 100m;

    public static decimal Factor(int milli) => milli / 1000m;

    public static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? Instant(DateTime? utc) => utc is { } at ? Instant(at) : null;

    public static string Name(CatalogKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryKind(string? value, out CatalogKind kind)
    {
        kind = default;
        return value is not null && Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _);
    }
}
