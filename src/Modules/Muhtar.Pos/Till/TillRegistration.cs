using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Pos.Till;

internal static class TillRegistration
{
    public static IServiceCollection AddTill(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapTillEndpoints(this RouteGroupBuilder pos) => pos;
}
