using System.Collections.Concurrent;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// Stores by (business, code) in memory for the till's hot path: a store and its tills change rarely, a
/// till asks for them on every request. Entries live a minute, so a new till or a renamed store shows up
/// without a restart and without cross-instance invalidation.
/// </summary>
internal sealed class StoreCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(Guid Tenant, string Code), (StoreInfo Store, DateTimeOffset Until)> _stores = new();

    public StoreInfo? Get(Guid tenantId, string code) =>
        _stores.TryGetValue((tenantId, code), out var entry) && entry.Until > time.GetUtcNow() ? entry.Store : null;

    public void Put(Guid tenantId, StoreInfo store) => _stores[(tenantId, store.Code)] = (store, time.GetUtcNow() + Lifetime);
}
