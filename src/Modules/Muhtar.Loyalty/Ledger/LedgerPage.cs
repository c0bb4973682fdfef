namespace Muhtar.Loyalty.Ledger;

/// <summary>A page of a customer's ledger, newest first, and how many rows there are in all.</summary>
internal sealed record LedgerPage(IReadOnlyList<PointEntry> Items, int Total);
