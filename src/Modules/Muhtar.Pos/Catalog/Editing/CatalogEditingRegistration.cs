using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Platform.Identity;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Catalog.Editing;

internal static class CatalogEditingRegistration
{
    public static IServiceCollection AddCatalogEditing(this IServiceCollection services)
    {
        services.AddScoped<ProductRules>();
        services.AddScoped<ProductSync>();
        services.AddScoped<ProductEditor>();
        services.AddScoped<CatalogNames>();
        services.AddScoped<StoreEditor>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITillDirectory, TillDirectory>());
        return services;
    }

    /// <summary>Reads stay under the POS group's pos.read; every write also needs pos.catalog (API scope "catalog").</summary>
    public static RouteGroupBuilder MapCatalogEditingEndpoints(this RouteGroupBuilder pos)
    {
        var catalog = pos.MapGroup("").RequirePermission(Permissions.PosCatalog);
        catalog.MapProductEditingEndpoints();
        pos.MapCatalogNameEndpoints(catalog);
        pos.MapStoreEditingEndpoints(catalog);
        return pos;
    }
}
