using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;
using Muhtar.Automation.Api;
using Muhtar.Automation.Pages;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Runs;
using Muhtar.Automation.Tasks;
using Muhtar.Automation.Triggers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Events;
using Muhtar.Platform.Jobs;

namespace Muhtar.Automation;

/// <summary>Automation rules (M6): when an event happens or a date comes, if conditions hold, run actions; every run logged.</summary>
public static class AutomationModule
{
    public static IServiceCollection AddAutomationModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, AutomationModel>();
        services.AddScoped<RuleService>();
        services.AddScoped<RunEngine>();
        services.AddScoped<RunQueries>();
        services.AddScoped<RuleScanner>();
        services.AddScoped<TaskService>();
        services.AddEventObserver<AutomationEventObserver>();
        services.AddJobHandler<ContinueRunTask, ContinueRunHandler>();
        services.AddSingleton<AutomationScanner>();
        services.AddHostedService(sp => sp.GetRequiredService<AutomationScanner>());
        services.AddScoped<ITimelineSource, RunTimelineSource>();
        services.AddScoped<ITimelineSource, TaskTimelineSource>();
        services.AddScoped<IPersonalDataHolder, RunPersonalData>();
        services.AddSingleton(new CustomerPagePanel(typeof(CustomerAutomationPanel), 400));
        return services;
    }

    public static IEndpointRouteBuilder MapAutomationEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapAutomationApi();

    private sealed class AutomationModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(AutomationModule).Assembly);
    }
}
