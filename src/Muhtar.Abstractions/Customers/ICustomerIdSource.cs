namespace Muhtar.Abstractions.Customers;

/// <summary>
/// Ids of the current business's customers, for modules that generate data about them (the POS demo
/// seeder links receipts to customers) without referencing the Customers module.
/// </summary>
public interface ICustomerIdSource
{
    /// <summary>
    /// Up to <paramref name="max"/> customer ids of the current tenant, in a stable order (the same call on
    /// the same data returns the same ids, so seeded data is repeatable).
    /// </summary>
    Task<IReadOnlyList<Guid>> SampleIdsAsync(int max, CancellationToken ct);
}
