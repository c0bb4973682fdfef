using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Security;

/// <summary>One method + route of the public API, read from the app's own endpoint list.</summary>
public sealed record ApiEndpoint(string Method, RoutePattern Pattern, string? Permission, bool AllowsAnonymous, bool RequiresSignIn)
{
    public string Route => "/" + Pattern.RawText!.TrimStart('/');

    /// <summary>Every /api endpoint the running app maps, so a new endpoint is covered without anyone adding it here.</summary>
    public static IReadOnlyList<ApiEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new ApiEndpoint(
                m,
                e.RoutePattern,
                e.Metadata.GetOrderedMetadata<RequiredPermission>().LastOrDefault()?.Permission,
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetMetadata<IAuthorizeData>() is not null)))
            .ToList();

    /// <summary>The URL with each route parameter filled from <paramref name="values"/> (by the resource the route belongs to).</summary>
    public string Url(Func<string, string?> idForRoute)
    {
        var segments = Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => idForRoute(Route) ?? Guid.NewGuid().ToString(),
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }

    public override string ToString() => $"{Method} {Route}";
}
