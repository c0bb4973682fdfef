using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Muhtar.Platform.Tenancy;

/// <summary>
/// Resolves the tenant from the signed-in principal (cookie or API key) unless a job or a Blazor
/// circuit set it explicitly.
/// </summary>
public sealed class TenantContext(IHttpContextAccessor httpContextAccessor) : ITenantContext
{
    private (Guid TenantId, Guid? UserId, string? Actor)? _explicit;

    public Guid TenantId => Current.TenantId;

    public Guid? UserId => Current.UserId;

    public string? ActorName => Current.Actor;

    public void Set(Guid tenantId, Guid? userId = null, string? actorName = null) =>
        _explicit = (tenantId, userId, actorName);

    public void SetFrom(ClaimsPrincipal principal) => _explicit = FromPrincipal(principal);

    private (Guid TenantId, Guid? UserId, string? Actor) Current =>
        _explicit ?? (httpContextAccessor.HttpContext?.User is { } user ? FromPrincipal(user) : (Guid.Empty, null, null));

    public static (Guid TenantId, Guid? UserId, string? Actor) FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return (Guid.Empty, null, null);
        }

        var tenant = Guid.TryParse(principal.FindFirstValue(MuhtarClaims.TenantId), out var t) ? t : Guid.Empty;
        Guid? user = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var u) ? u : null;
        return (tenant, user, principal.FindFirstValue(MuhtarClaims.Actor) ?? principal.Identity?.Name);
    }
}
