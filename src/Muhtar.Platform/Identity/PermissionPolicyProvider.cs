using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Muhtar.Platform.Identity;

/// <summary>Builds "perm:x" policies on demand so no policy has to be registered by hand.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Permissions.PolicyPrefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[Permissions.PolicyPrefix.Length..]))
            .Build();
    }
}
