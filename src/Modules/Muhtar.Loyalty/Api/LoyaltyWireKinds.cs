using Muhtar.Loyalty.Ledger;

namespace Muhtar.Loyalty.Api;

/// <summary>Ledger kinds in the API: camelCase names ("earn", "earnReversal", "expiry").</summary>
internal static class LoyaltyWireKinds
{
    public static string Name(PointEntryKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
