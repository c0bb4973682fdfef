using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Api;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Demo;
using Muhtar.Customers.Editing;
using Muhtar.Customers.Export;
using Muhtar.Customers.Import;
using Muhtar.Customers.Merging;
using Muhtar.Customers.Notes;
using Muhtar.Customers.Phones;
using Muhtar.Customers.Privacy;
using Muhtar.Customers.Search;
using Muhtar.Customers.Tags;
using Muhtar.Customers.Timeline;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;

namespace Muhtar.Customers;

public static class CustomersModule
{
    public static IServiceCollection AddCustomersModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, CustomersModel>();
        services.AddSingleton<IPhoneNormalizer, PhoneNormalizer>();
        services.AddSingleton<CustomerValidator>();
        services.AddSingleton<CustomerConflicts>();
        services.AddSingleton<CustomerPatchReader>();
        services.AddScoped<CustomerService>();
        services.AddSingleton<ActiveCustomerTotals>();
        services.AddScoped<ICustomerDirectory, CustomerDirectory>();
        services.AddScoped<ICustomerEditor, CustomerEditor>().AddScoped<ICustomerFacts, CustomerFactsReader>();
        services.AddScoped<ICustomerProfiles, CustomerProfiles>();
        services.AddScoped<ICustomerPreferences, CustomerPreferences>();
        services.AddScoped<ICustomerIdSource, CustomerIdSource>();
        services.AddScoped<IDemoSeeder, CustomersDemoSeeder>();
        services.AddScoped<IPersonalDataHolder, CustomerPersonalData>();
        services.AddCustomFields();
        services.AddScoped<Grid.GridPreferences>();
        services.AddScoped<ITimelineSource, CustomerRecordTimelineSource>();
        services.AddScoped<ITimelineSource, NoteTimelineSource>();
        services.AddScoped<ITimelineSource, AuditTimelineSource>();
        services.AddScoped<TimelineFeed>();
        services.AddScoped<CustomerPageEvents>();
        services.AddScoped<CustomerTimeline>();
        services.AddCustomerMerging();
        services.AddCustomerImportExport();
        return services;
    }

    public static IEndpointRouteBuilder MapCustomersEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCustomerEndpoints().MapCustomFieldEndpoints().MapTagEndpoints().MapTimelineEndpoints().MapMergeEndpoints()
            .MapImportEndpoints().MapExportEndpoints();

    private sealed class CustomersModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomersModule).Assembly);
    }
}
