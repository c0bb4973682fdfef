using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Privacy.Export;
using Muhtar.Privacy.Pages;
using Muhtar.Privacy.Requests;

namespace Muhtar.Privacy;

/// <summary>KVKK data-subject requests (C7): record them with their 30-day due date, export a person's data, erase a person.</summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacyModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, PrivacyModel>();
        services.AddSingleton<BusinessDay>();
        services.AddScoped<PrivacyRequestService>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<ExportHtmlRenderer>();
        services.AddScoped<IPersonalDataHolder, PrivacyRequestPersonalData>();
        services.AddSingleton(new CustomerPagePanel(typeof(CustomerPrivacyPanel), 900));
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrivacyRequestEndpoints();

    private sealed class PrivacyModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(PrivacyModule).Assembly);
    }
}
