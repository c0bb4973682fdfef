using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Tenancy;

/// <summary>Finds businesses by slug, for the operator command line.</summary>
public sealed class TenantDirectory(IDbContextFactory<MuhtarDbContext> dbs)
{
    public async Task<Guid?> FindIdBySlugAsync(string slug, CancellationToken ct = default)
    {
        var normalized = TenantSlug.Normalize(slug);
        if (normalized is null)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Tenant>().Where(t => t.Slug == normalized).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct);
    }
}
