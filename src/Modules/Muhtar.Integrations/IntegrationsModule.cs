using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Data;

namespace Muhtar.Integrations;

/// <summary>Integrations (I4): outgoing webhooks a business registers, signed, retried and guarded against internal targets.</summary>
public static class IntegrationsModule
{
    public static IServiceCollection AddIntegrationsModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, IntegrationsModel>();
        return services;
    }

    public static IEndpointRouteBuilder MapIntegrationsEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class IntegrationsModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationsModule).Assembly);
    }
}
