using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Pos.Promotions;

internal static class PromotionsRegistration
{
    public static IServiceCollection AddPromotions(this IServiceCollection services)
    {
        services.AddScoped<PromotionService>();
        return services;
    }

    public static RouteGroupBuilder MapPromotionEndpoints(this RouteGroupBuilder pos) => pos;
}
