using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Data;

namespace Muhtar.Automation;

/// <summary>Automation rules (M6): when an event happens or a date comes, if conditions hold, run actions; every run logged.</summary>
public static class AutomationModule
{
    public static IServiceCollection AddAutomationModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, AutomationModel>();
        return services;
    }

    public static IEndpointRouteBuilder MapAutomationEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class AutomationModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(AutomationModule).Assembly);
    }
}
