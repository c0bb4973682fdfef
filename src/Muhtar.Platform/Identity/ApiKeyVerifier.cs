using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Identity;

/// <summary>Finds the live key behind a presented secret: by prefix, then a constant-time hash comparison.</summary>
internal sealed class ApiKeyVerifier(IDbContextFactory<MuhtarDbContext> dbs, TimeProvider time)
{
    /// <summary>Last-use times are written at most this often, so the till path is not a write per request.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>
    /// No cache on purpose: a revoked key must stop working at once on every instance sharing the database,
    /// and the lookup is one indexed read.
    /// </summary>
    public async Task<ApiKey?> FindActiveAsync(string presented, CancellationToken ct)
    {
        if (!ApiKeyFormat.TryGetPrefix(presented, out var prefix))
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        // No tenant is known yet: the key is what tells us the tenant.
        var key = await db.Set<ApiKey>().IgnoreQueryFilters([MuhtarDbContext.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || key.IsRevoked || !ApiKeyFormat.Matches(presented, key.Hash))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt.Value >= LastUsedResolution)
        {
            await db.Set<ApiKey>().IgnoreQueryFilters([MuhtarDbContext.TenantFilter])
                .Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }

        return key;
    }
}
