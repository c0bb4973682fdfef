using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Pos.Catalog.Editing;

internal static class CatalogEditingRegistration
{
    public static IServiceCollection AddCatalogEditing(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapCatalogEditingEndpoints(this RouteGroupBuilder pos) => pos;
}
