namespace Muhtar.Loyalty.Stamps;

internal enum StampEntryKind
{
    /// <summary>Stamps a sale added.</summary>
    Stamp,

    /// <summary>A full card was used: one free unit, the required stamps taken off.</summary>
    Reward,

    /// <summary>Stamps a return took back.</summary>
    Reversal,
}
