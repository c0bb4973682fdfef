using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Identity;

/// <summary>Adds the business and the audit actor to a person's cookie; roles come from Identity.</summary>
internal sealed class MuhtarClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MuhtarClaims.TenantId, user.TenantId.ToString()));
        identity.AddClaim(new Claim(MuhtarClaims.Actor, user.Email ?? user.UserName ?? user.Id.ToString()));
        identity.AddClaim(new Claim(MuhtarClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
