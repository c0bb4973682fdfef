using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;
using Muhtar.Platform.Demo;
using Muhtar.Pos.Promotions.Admin;
using Muhtar.Pos.Promotions.Coupons;
using Muhtar.Pos.Promotions.Customers;

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
        services.AddScoped<PromotionValidator>();
        services.AddScoped<PromotionAdmin>();
        services.AddScoped<CouponAdmin>();
        services.AddScoped<PromotionChoices>();
        services.AddScoped<ITimelineSource, CouponTimelineSource>();
        services.AddScoped<IPersonalDataHolder, CouponPersonalData>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICustomerMergeParticipant, CouponMergeParticipant>());
        services.AddScoped<IDemoSeeder, PromotionDemoSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapPromotionEndpoints(this RouteGroupBuilder pos) => pos.MapPromotionAdminEndpoints();
}
