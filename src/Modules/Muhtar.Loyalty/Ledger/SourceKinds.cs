namespace Muhtar.Loyalty.Ledger;

/// <summary>What a ledger row (points or stamps) came from; part of its unique key.</summary>
internal static class SourceKinds
{
    public const string Receipt = "receipt";
    public const string Return = "return";
    public const string Expiry = "expiry";
    public const string Adjustment = "adjustment";
}
