namespace Muhtar.Platform.Tenancy;

/// <summary>No business at all: design-time tooling and start-up tasks that touch only platform tables.</summary>
public sealed class NoTenantContext : ITenantContext
{
    public Guid TenantId => Guid.Empty;

    public Guid? UserId => null;

    public string? ActorName => "system";
}
