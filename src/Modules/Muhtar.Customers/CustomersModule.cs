using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Api;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Demo;
using Muhtar.Customers.Export;
using Muhtar.Customers.Import;
using Muhtar.Customers.Phones;
using Muhtar.Customers.Search;
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
        services.AddScoped<ICustomerIdSource, CustomerIdSource>();
        services.AddScoped<IDemoSeeder, CustomersDemoSeeder>();
        services.AddCustomerImportExport();
        return services;
    }

    public static IEndpointRouteBuilder MapCustomersEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCustomerEndpoints().MapImportEndpoints().MapExportEndpoints();

    private sealed class CustomersModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomersModule).Assembly);
    }
}
