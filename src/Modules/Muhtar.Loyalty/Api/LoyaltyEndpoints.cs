using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Muhtar.Loyalty.Api;

/// <summary>The module's one route group: /api/v1/loyalty.</summary>
internal static class LoyaltyEndpoints
{
    public static IEndpointRouteBuilder MapLoyaltyApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/loyalty").WithTags("Loyalty")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapLoyaltySettingsEndpoints().MapLoyaltyCustomerEndpoints();
        return endpoints;
    }
}
