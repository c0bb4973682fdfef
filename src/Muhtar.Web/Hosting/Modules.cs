using Muhtar.Customers;

namespace Muhtar.Web.Hosting;

/// <summary>
/// The one list of business modules. The server and the operator command line both register it, so
/// their EF models (and so the migrations they apply) are always the same.
/// </summary>
internal static class Modules
{
    public static IServiceCollection AddMuhtarModules(this IServiceCollection services) =>
        services.AddCustomersModule();

    public static IEndpointRouteBuilder MapMuhtarModules(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCustomersEndpoints();
}
