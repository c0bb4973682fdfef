namespace Muhtar.Platform.Tenancy;

/// <summary>Who is acting, for which business. Scoped: one per request, circuit or job.</summary>
public interface ITenantContext
{
    /// <summary>The current business, or <see cref="Guid.Empty"/> when none (then no tenant row is visible).</summary>
    Guid TenantId { get; }

    Guid? UserId { get; }

    /// <summary>A display name for the audit trail: a user's e-mail or "apikey:name".</summary>
    string? ActorName { get; }

    bool HasTenant => TenantId != Guid.Empty;
}
