namespace Muhtar.Loyalty.Ledger;

/// <summary>
/// The share of one receipt line in a ledger row (points or stamps), kept so that a later return can
/// reverse exactly its proportion of it. <see cref="QuantityMilli"/> is the line's quantity on a sale and
/// the returned quantity on a reversal.
/// </summary>
internal sealed record LedgerLine(int LineNo, long Amount, int QuantityMilli);
