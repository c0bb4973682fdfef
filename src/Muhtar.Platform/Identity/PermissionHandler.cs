using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

/// <summary>A person is allowed by their roles, an API key by its scopes; both must belong to a business.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        if (user.FindFirst(MuhtarClaims.TenantId) is null)
        {
            return Task.CompletedTask;
        }

        var allowed = user.FindAll(ClaimTypes.Role).Any(r => RolePermissions.RoleHas(r.Value, requirement.Permission))
            || user.FindAll(MuhtarClaims.Scope).Any(s => RolePermissions.ScopeHas(s.Value, requirement.Permission));
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
