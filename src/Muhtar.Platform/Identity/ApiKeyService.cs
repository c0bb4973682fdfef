using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Localization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

/// <summary>Creates, lists and revokes API keys (I1). Lists and revocation act for the current business only.</summary>
public sealed class ApiKeyService(
    IDbContextFactory<MuhtarDbContext> dbs,
    ITenantContext tenant,
    TimeProvider time,
    IStringLocalizer<SharedResource> l,
    IStringLocalizer<TillKeyResource> tillText,
    IEnumerable<ITillDirectory> tills)
{
    public const int MaxNameLength = 100;

    /// <summary>
    /// Creates a key for <paramref name="tenantId"/> (the operator command line names the business; pages and the
    /// API pass the current one). <c>null</c> scopes grant every known scope.
    /// </summary>
    public Task<CreatedApiKey> CreateAsync(Guid tenantId, string name, IReadOnlyCollection<string>? scopes = null, CancellationToken ct = default) =>
        CreateAsync(tenantId, name, scopes, null, ct);

    /// <summary>As above; a <paramref name="binding"/> makes a till key that may sell only in that store (and till).</summary>
    public async Task<CreatedApiKey> CreateAsync(
        Guid tenantId, string name, IReadOnlyCollection<string>? scopes, TillBinding? binding, CancellationToken ct = default)
    {
        if (tenant.HasTenant && tenant.TenantId != tenantId)
        {
            throw new InvalidOperationException("An API key can only be created for the current business.");
        }

        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            throw new RuleViolation("name", l["ApiKeys.NameInvalid", MaxNameLength]);
        }

        var granted = CheckScopes(scopes);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await db.Set<Tenant>().AnyAsync(t => t.Id == tenantId, ct))
        {
            throw new RuleViolation("tenantId", l["Tenants.NotFound"], 404);
        }

        if (binding is not null)
        {
            await CheckBindingAsync(tenantId, binding, ct);
        }

        var (key, prefix) = ApiKeyFormat.Generate();
        var row = new ApiKey(tenantId, trimmed, prefix, ApiKeyFormat.Hash(key), granted, time.GetUtcNow().UtcDateTime, binding);
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(row.Id, key);
    }

    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var keys = await db.Set<ApiKey>().AsNoTracking()
            .Where(k => k.TenantId == tenant.TenantId)
            .OrderByDescending(k => k.CreatedAt)
            .ToListAsync(ct);
        return keys.Select(k => new ApiKeySummary(k.Id, k.Name, ApiKeyFormat.Display(k.Prefix), k.Scopes, k.CreatedAt, k.LastUsedAt, k.RevokedAt, k.StoreCode, k.TillCode))
            .ToList();
    }

    /// <summary>Revokes a key of the current business; revoking twice keeps the first revocation time.</summary>
    public async Task RevokeAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var key = await db.Set<ApiKey>().SingleOrDefaultAsync(k => k.Id == id && k.TenantId == tenant.TenantId, ct)
            ?? throw new RuleViolation("id", l["ApiKeys.NotFound"], 404);
        key.Revoke(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    private async Task CheckBindingAsync(Guid tenantId, TillBinding binding, CancellationToken ct)
    {
        if (binding.StoreCode.Length == 0)
        {
            throw new RuleViolation("storeCode", tillText["TillKey.TillNeedsStore"]);
        }

        if (binding.StoreCode.Length > TillBinding.MaxCodeLength)
        {
            throw new RuleViolation("storeCode", tillText["TillKey.StoreCodeInvalid", TillBinding.MaxCodeLength]);
        }

        if (binding.TillCode is { Length: > TillBinding.MaxCodeLength })
        {
            throw new RuleViolation("tillCode", tillText["TillKey.TillCodeInvalid", TillBinding.MaxCodeLength]);
        }

        foreach (var directory in tills)
        {
            if (!await directory.StoreExistsAsync(tenantId, binding.StoreCode, ct))
            {
                throw new RuleViolation("storeCode", tillText["TillKey.StoreUnknown", binding.StoreCode]);
            }

            if (binding.TillCode is { } till && !await directory.TillExistsAsync(tenantId, binding.StoreCode, till, ct))
            {
                throw new RuleViolation("tillCode", tillText["TillKey.TillUnknown", binding.StoreCode, till]);
            }
        }
    }

    private string[] CheckScopes(IReadOnlyCollection<string>? scopes)
    {
        if (scopes is null)
        {
            return [.. RolePermissions.KnownScopes.Order(StringComparer.Ordinal)];
        }

        var cleaned = scopes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (cleaned.Length == 0)
        {
            throw new RuleViolation("scopes", l["ApiKeys.NoScopes"]);
        }

        var unknown = cleaned.FirstOrDefault(s => !RolePermissions.KnownScopes.Contains(s));
        if (unknown is not null)
        {
            throw new RuleViolation("scopes", l["ApiKeys.UnknownScope", unknown, string.Join(", ", RolePermissions.KnownScopes)]);
        }

        return cleaned;
    }
}
