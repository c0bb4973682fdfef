using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Muhtar.Platform.Identity.Api;

namespace Muhtar.Platform.Identity;

public static class IdentityEndpoints
{
    /// <summary>Maps /api/v1/me, /api/v1/users and /api/v1/api-keys: what the settings pages do, for integrations and scripts (I1).</summary>
    public static IEndpointRouteBuilder MapMuhtarIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1");
        CallerEndpoints.Map(api);
        UserEndpoints.Map(api);
        ApiKeyEndpoints.Map(api);
        return endpoints;
    }
}
