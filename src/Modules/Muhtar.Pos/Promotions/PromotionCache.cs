using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Pos.Promotions;

/// <summary>
/// The current business's promotion definitions, kept in memory so the till's hot path does not read them
/// on every call. An edit through this instance removes the entry at once; other instances (several app
/// servers on PostgreSQL) see it when their entry expires, at most <see cref="Lifetime"/> later. Budget
/// counters are not trusted from here: the service reads them fresh, and staging re-checks them.
/// </summary>
internal sealed class PromotionCache(IMemoryCache cache, IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<PromotionDefinition>> GetAsync(CancellationToken cancellationToken)
    {
        var key = Key(tenant.TenantId);
        if (cache.TryGetValue(key, out IReadOnlyList<PromotionDefinition>? cached) && cached is not null)
        {
            return cached;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        // Promotions that ended over a day ago cannot apply again (a till sending a receipt late is late by minutes).
        var rows = await db.Set<Promotion>().AsNoTracking()
            .Where(p => p.EndsAt == null || p.EndsAt > now.AddDays(-1))
            .ToListAsync(cancellationToken);
        IReadOnlyList<PromotionDefinition> definitions = rows.Select(p => p.ToDefinition()).ToList();
        cache.Set(key, definitions, Lifetime);
        return definitions;
    }

    public void Invalidate() => cache.Remove(Key(tenant.TenantId));

    private static string Key(Guid tenantId) => "pos.promotions:" + tenantId.ToString("N");
}
