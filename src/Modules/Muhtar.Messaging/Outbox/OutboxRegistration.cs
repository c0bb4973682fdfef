using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Messaging.Outbox;

internal static class OutboxRegistration
{
    public static IServiceCollection AddMessagingOutbox(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
