using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Pos.Checkout;

internal static class CheckoutRegistration
{
    public static IServiceCollection AddCheckout(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapCheckoutEndpoints(this RouteGroupBuilder pos) => pos;
}
