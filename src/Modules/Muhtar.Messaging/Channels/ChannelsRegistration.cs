using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Messaging.Inbound;

namespace Muhtar.Messaging.Channels;

internal static class ChannelsRegistration
{
    public static IServiceCollection AddMessagingChannels(this IServiceCollection services)
    {
        services.AddSingleton<ChannelSecrets>();
        services.AddScoped<ChannelValidator>();
        services.AddScoped<ChannelSettingsStore>();
        services.AddScoped<IChannelConfigReader>(sp => sp.GetRequiredService<ChannelSettingsStore>());
        services.AddScoped<WebhookChannels>();
        services.AddScoped<ChannelTestSender>();
        return services.AddMessagingInbound();
    }

    public static IEndpointRouteBuilder MapChannelEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapChannelSettingsEndpoints().MapMessagingInboundEndpoints();
}
