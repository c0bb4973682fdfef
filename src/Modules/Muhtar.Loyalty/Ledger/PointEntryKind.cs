namespace Muhtar.Loyalty.Ledger;

/// <summary>Why the balance moved. Positive kinds create lots that can expire.</summary>
internal enum PointEntryKind
{
    /// <summary>Points a sale earned (rules, tier and promotion bonus), per line.</summary>
    Earn,

    /// <summary>Points spent on a sale, spread over its lines.</summary>
    Redeem,

    /// <summary>Earned points taken back by a return.</summary>
    EarnReversal,

    /// <summary>Redeemed points given back by a return.</summary>
    RedeemReversal,

    /// <summary>An unused lot reached its expiry date.</summary>
    Expiry,

    /// <summary>Staff added or removed points, with a reason.</summary>
    Adjustment,
}
