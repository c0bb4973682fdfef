using Microsoft.AspNetCore.Builder;

namespace Muhtar.Platform.Identity;

public static class EndpointPermissionExtensions
{
    /// <summary>Requires a permission on an endpoint or group and records it as metadata.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Permissions.Policy(permission)).WithMetadata(new RequiredPermission(permission));
}
