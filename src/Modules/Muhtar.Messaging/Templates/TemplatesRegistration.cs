using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Templates;

internal static class TemplatesRegistration
{
    public static IServiceCollection AddMessagingTemplates(this IServiceCollection services)
    {
        services.AddSingleton<TemplateEngine>();
        services.AddSingleton<TemplateValidator>();
        services.AddScoped<TemplateRendering>();
        services.AddScoped<TemplateService>();
        services.AddScoped<ITemplateRenderer, TemplateRenderer>();
        services.AddScoped<IMessageTemplates, MessageTemplates>();
        return services;
    }

    public static IEndpointRouteBuilder MapTemplateEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapTemplateRoutes();
}
