namespace Muhtar.Platform.Identity;

/// <summary>
/// Where a till key may sell (P1 "API key per store/till"): a store by its code and, optionally, one of its tills.
/// Codes are the business's own ("IST01", "2"), exactly as tills send them in receipts.
/// </summary>
public sealed record TillBinding(string StoreCode, string? TillCode)
{
    public const int MaxCodeLength = 32;

    /// <summary>Null when neither code is given (a key not bound to a store); blanks are treated as absent.</summary>
    public static TillBinding? From(string? storeCode, string? tillCode)
    {
        var store = string.IsNullOrWhiteSpace(storeCode) ? null : storeCode.Trim();
        var till = string.IsNullOrWhiteSpace(tillCode) ? null : tillCode.Trim();
        return store is null && till is null ? null : new TillBinding(store ?? "", till);
    }
}
