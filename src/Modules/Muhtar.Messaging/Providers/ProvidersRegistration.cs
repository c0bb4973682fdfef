using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Messaging.Providers;

internal static class ProvidersRegistration
{
    public static IServiceCollection AddMessagingProviders(this IServiceCollection services) => services;
}
