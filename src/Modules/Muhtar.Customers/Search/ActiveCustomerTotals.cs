using System.Collections.Concurrent;

namespace Muhtar.Customers.Search;

/// <summary>
/// The total of a business's unfiltered, active customer list, remembered for a short while. Counting a
/// million rows costs far more than reading a page of them, and this total is asked for on every page
/// turn. Writes in this instance forget it at once; another instance's writes show within <see cref="Fresh"/>.
/// Filtered and searched lists are always counted exactly.
/// </summary>
internal sealed class ActiveCustomerTotals(TimeProvider time)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (int Total, DateTimeOffset CountedAt)> _totals = new();

    public async Task<int> GetAsync(Guid tenantId, Func<Task<int>> count)
    {
        if (_totals.TryGetValue(tenantId, out var known) && time.GetUtcNow() - known.CountedAt < Fresh)
        {
            return known.Total;
        }

        var total = await count();
        _totals[tenantId] = (total, time.GetUtcNow());
        return total;
    }

    public void Forget(Guid tenantId) => _totals.TryRemove(tenantId, out _);

    public static bool Applies(CustomerListQuery query) =>
        query is { Archived: ArchiveFilter.Active, Kind: null, HasPhone: null, ParentCompanyId: null }
        && string.IsNullOrWhiteSpace(query.Search) && string.IsNullOrWhiteSpace(query.Tag);
}
