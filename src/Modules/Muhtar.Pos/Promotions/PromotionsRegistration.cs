using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Pos.Promotions.Coupons;

namespace Muhtar.Pos.Promotions;

internal static class PromotionsRegistration
{
    public static IServiceCollection AddPromotions(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<PromotionCache>();
        services.AddScoped<CustomerKeys>();
        services.AddSingleton<CouponCodes>();
        services.AddScoped<PromotionService>();
        return services;
    }

    public static RouteGroupBuilder MapPromotionEndpoints(this RouteGroupBuilder pos) => pos;
}
