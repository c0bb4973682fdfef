using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Messaging.Templates;

internal static class TemplatesRegistration
{
    public static IServiceCollection AddMessagingTemplates(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapTemplateEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
