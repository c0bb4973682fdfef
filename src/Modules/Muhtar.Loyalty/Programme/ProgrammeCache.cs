using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Programme;

/// <summary>
/// The current business's programme, earn rules, tiers and stamp cards, kept in memory so the till's lookup
/// and quote do not read four definition tables on every call (only the customer's own rows). An edit through
/// this instance removes the entry at once; other instances see it when their entry expires, at most
/// <see cref="Lifetime"/> later — the same rule as the promotion definitions.
/// </summary>
internal sealed class ProgrammeCache(IMemoryCache cache, IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<ProgrammeDefinitions> GetAsync(CancellationToken cancellationToken)
    {
        var key = Key(tenant.TenantId);
        if (cache.TryGetValue(key, out ProgrammeDefinitions? cached) && cached is not null)
        {
            return cached;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await db.Set<LoyaltyProgramme>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var definitions = new ProgrammeDefinitions(
            programme?.Settings,
            await db.Set<EarnRule>().AsNoTracking().ToListAsync(cancellationToken),
            await db.Set<Tier>().AsNoTracking().ToListAsync(cancellationToken),
            (await db.Set<StampCard>().AsNoTracking().Where(c => c.IsActive).ToListAsync(cancellationToken))
                .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id).ToList());
        cache.Set(key, definitions, Lifetime);
        return definitions;
    }

    public void Invalidate() => cache.Remove(Key(tenant.TenantId));

    private static string Key(Guid tenantId) => "loyalty.programme:" + tenantId.ToString("N");
}

/// <summary>A business's loyalty definitions as loaded at one moment; read-only.</summary>
internal sealed record ProgrammeDefinitions(
    ProgrammeSettings? Settings,
    IReadOnlyList<EarnRule> Rules,
    IReadOnlyList<Tier> Tiers,
    IReadOnlyList<StampCard> ActiveCards);
