using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.Abstractions.Timeline;

namespace Muhtar.Messaging.Inbound;

internal static class InboundRegistration
{
    public static IServiceCollection AddMessagingInbound(this IServiceCollection services)
    {
        services.AddScoped<InboundReceiver>();
        services.AddScoped<InboundInbox>();
        services.AddScoped<ITimelineSource, InboundTimelineSource>();
        services.AddScoped<IPersonalDataHolder, InboundPersonalData>();
        services.AddScoped<ICustomerMergeParticipant, InboundMergeParticipant>();
        return services.AddMessagingWebhookRateLimit();
    }

    public static IEndpointRouteBuilder MapMessagingInboundEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMessagingWebhookEndpoints().MapInboundEndpoints();
}
