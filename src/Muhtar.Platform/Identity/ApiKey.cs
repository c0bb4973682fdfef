using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

/// <summary>
/// A key an integration (till, e-shop, ERP) authenticates with. Only the SHA-256 of the key is stored:
/// the key is shown once at creation and cannot be recovered, only revoked.
/// </summary>
public sealed class ApiKey : ITenantScoped, IAudited
{
    private ApiKey()
    {
    }

    internal ApiKey(Guid tenantId, string name, string prefix, string hash, string[] scopes, DateTime createdAt, TillBinding? binding = null)
    {
        StoreCode = binding?.StoreCode;
        TillCode = binding?.TillCode;
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Name = name;
        Prefix = prefix;
        Hash = hash;
        Scopes = scopes;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The public part of the key (after "mk_"), unique, used to find the key and shown in lists.</summary>
    public string Prefix { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public string Hash { get; private set; } = "";

    public string[] Scopes { get; private set; } = [];

    /// <summary>A till key sells only in this store (its code, e.g. "IST01"); null for keys not bound to a store.</summary>
    public string? StoreCode { get; private set; }

    /// <summary>A till key bound to one till of <see cref="StoreCode"/>; null when any till of the store may use it.</summary>
    public string? TillCode { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    internal void Revoke(DateTime now) => RevokedAt ??= now;
}
