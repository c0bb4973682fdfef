using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Checkout;

/// <summary>Resolves the store and till a request names, through <see cref="StoreCache"/>.</summary>
internal sealed class TillStores(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, StoreCache cache, IStringLocalizer<CheckoutResource> text)
{
    /// <summary>The store with <paramref name="code"/>; a RuleViolation naming <paramref name="field"/> when there is none.</summary>
    public async Task<StoreInfo> RequireAsync(string? code, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new RuleViolation(field, text["Field.Required"]);
        }

        code = code.Trim();
        if (cache.Get(tenant.TenantId, code) is { } cached)
        {
            return cached;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var store = await db.Set<Store>().AsNoTracking().Where(s => s.Code == code)
            .Select(s => new { s.Id, s.Code, s.Name, s.District, s.IsOnline })
            .FirstOrDefaultAsync(ct) ?? throw new RuleViolation(field, text["Store.Unknown", code]);
        var tills = await db.Set<Till>().AsNoTracking().Where(t => t.StoreId == store.Id).Select(t => t.Code).ToListAsync(ct);
        var info = new StoreInfo(store.Id, store.Code, store.Name, store.District, store.IsOnline, tills.ToHashSet(StringComparer.Ordinal));
        cache.Put(tenant.TenantId, info);
        return info;
    }

    /// <summary>The till's code, checked against the store's tills.</summary>
    public string RequireTill(StoreInfo store, string? tillCode, string field = "tillCode")
    {
        if (string.IsNullOrWhiteSpace(tillCode))
        {
            throw new RuleViolation(field, text["Field.Required"]);
        }

        tillCode = tillCode.Trim();
        return store.TillCodes.Contains(tillCode) ? tillCode : throw new RuleViolation(field, text["Till.Unknown", tillCode, store.Code]);
    }
}
