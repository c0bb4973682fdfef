using Microsoft.AspNetCore.Authorization;

namespace Muhtar.Platform.Identity;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
