using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;
using Muhtar.Loyalty.Accounts;
using Muhtar.Loyalty.Api;
using Muhtar.Loyalty.Demo;
using Muhtar.Loyalty.Expiry;
using Muhtar.Loyalty.Integration;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Pages;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.Platform.Jobs;

namespace Muhtar.Loyalty;

/// <summary>Loyalty (P4, P5): the points programme and its ledger, tiers, expiry, stamp cards; <see cref="ILoyaltyAccounts"/> for the till.</summary>
public static class LoyaltyModule
{
    public static IServiceCollection AddLoyaltyModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, LoyaltyModel>();
        services.AddScoped<ILoyaltyAccounts, LoyaltyAccounts>();
        services.AddMemoryCache();
        services.AddScoped<ProgrammeCache>();
        services.AddScoped<ProgrammeService>();
        services.AddScoped<StampCardService>();
        services.AddScoped<SettingsValidator>();
        services.AddScoped<PointAdjustments>();
        services.AddScoped<PointExpiry>();
        services.AddJobHandler<ExpirePointsTask, ExpirePointsHandler>();
        services.AddSingleton<PointExpiryScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<PointExpiryScheduler>());
        services.AddScoped<ICustomerMergeParticipant, LoyaltyMergeParticipant>();
        services.AddScoped<IPersonalDataHolder, LoyaltyPersonalData>();
        services.AddScoped<ITimelineSource, LoyaltyTimelineSource>();
        services.AddScoped<IDemoSeeder, LoyaltyDemoSeeder>();
        services.AddSingleton(new CustomerPagePanel(typeof(LoyaltyPanel), 150));
        return services;
    }

    public static IEndpointRouteBuilder MapLoyaltyEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapLoyaltyApi();

    private sealed class LoyaltyModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(LoyaltyModule).Assembly);
    }
}
