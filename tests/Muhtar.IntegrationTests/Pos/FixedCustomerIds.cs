using Muhtar.Abstractions.Customers;

namespace Muhtar.IntegrationTests.Pos;

/// <summary>Stands in for the Customers module's id source: receipts only reference customers by id.</summary>
public sealed class FixedCustomerIds(IReadOnlyList<Guid> ids) : ICustomerIdSource
{
    public Task<IReadOnlyList<Guid>> SampleIdsAsync(int max, CancellationToken ct) => Task.FromResult<IReadOnlyList<Guid>>(ids.Take(max).ToList());
}
