using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Api;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Phones;
using Muhtar.Platform.Data;

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
        services.AddScoped<ICustomerDirectory, CustomerDirectory>();
        return services;
    }

    public static IEndpointRouteBuilder MapCustomersEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCustomerEndpoints();

    private sealed class CustomersModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomersModule).Assembly);
    }
}
