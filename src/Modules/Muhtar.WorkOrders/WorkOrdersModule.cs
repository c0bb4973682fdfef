using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Platform.Demo;
using Muhtar.WorkOrders.Api;
using Muhtar.WorkOrders.Arrivals;
using Muhtar.WorkOrders.Demo;
using Muhtar.WorkOrders.Integration;
using Muhtar.WorkOrders.Orders;
using Muhtar.WorkOrders.Pages;

namespace Muhtar.WorkOrders;

/// <summary>Work orders (L2): items received for a tailor, dry cleaner or repair shop, their status and the messages on each change.</summary>
public static class WorkOrdersModule
{
    public static IServiceCollection AddWorkOrdersModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, WorkOrdersModel>();
        services.AddScoped<WorkOrderMessages>();
        services.AddScoped<WorkOrderService>();
        services.AddScoped<WorkOrderList>();
        services.AddScoped<WorkOrderTicket>();
        services.AddScoped<ArrivalService>();
        services.AddScoped<IDemoSeeder, WorkOrdersDemoSeeder>();
        services.AddSingleton(new CustomerPagePanel(typeof(CustomerWorkOrdersPanel), 350));
        services.AddScoped<ICustomerMergeParticipant, WorkOrderMergeParticipant>();
        services.AddScoped<IPersonalDataHolder, WorkOrderPersonalData>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkOrdersEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapWorkOrderApi().MapArrivalApi();

    private sealed class WorkOrdersModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkOrdersModule).Assembly);
    }
}
