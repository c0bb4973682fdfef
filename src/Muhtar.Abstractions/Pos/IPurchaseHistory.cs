namespace Muhtar.Abstractions.Pos;

/// <summary>
/// Read-only purchase history of the current business's customers (C5, I9), answered by the POS module.
/// Always scoped to the current tenant: another business's customer id simply has no purchases.
/// </summary>
public interface IPurchaseHistory
{
    /// <summary>The customer's most recent receipts, newest first; <paramref name="take"/> is clamped to 1..200.</summary>
    Task<IReadOnlyList<PurchaseSummary>> RecentForCustomerAsync(Guid customerId, int take, CancellationToken ct = default);

    Task<CustomerSpend> SpendAsync(Guid customerId, CancellationToken ct = default);
}
