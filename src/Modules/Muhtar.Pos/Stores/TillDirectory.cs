using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;

namespace Muhtar.Pos.Stores;

/// <summary>
/// Tells the API key service which store and till codes exist. The operator command line has no signed-in
/// business, so the tenant filter is lifted and the business named explicitly.
/// </summary>
internal sealed class TillDirectory(IDbContextFactory<MuhtarDbContext> factory) : ITillDirectory
{
    private static readonly string[] TenantFilter = [MuhtarDbContext.TenantFilter];

    public async Task<bool> StoreExistsAsync(Guid tenantId, string storeCode, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Stores(db, tenantId).AnyAsync(s => s.Code == storeCode, cancellationToken);
    }

    public async Task<bool> TillExistsAsync(Guid tenantId, string storeCode, string tillCode, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var storeId = await Stores(db, tenantId).Where(s => s.Code == storeCode).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
        return storeId is { } id && await db.Set<Till>().IgnoreQueryFilters(TenantFilter).AsNoTracking()
            .AnyAsync(t => t.TenantId == tenantId && t.StoreId == id && t.Code == tillCode, cancellationToken);
    }

    private static IQueryable<Store> Stores(MuhtarDbContext db, Guid tenantId) =>
        db.Set<Store>().IgnoreQueryFilters(TenantFilter).AsNoTracking().Where(s => s.TenantId == tenantId);
}
