using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Messaging.Channels;

internal static class ChannelsRegistration
{
    public static IServiceCollection AddMessagingChannels(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapChannelEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
