using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox;
using Muhtar.Messaging.Providers;
using Muhtar.Messaging.Templates;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging;

/// <summary>
/// Messaging (I4, C7 enforcement): channels and their providers, templates, and the one outbox every SMS,
/// WhatsApp message and e-mail leaves through, with delivery reports and replies coming back by webhook.
/// </summary>
public static class MessagingModule
{
    public static IServiceCollection AddMessagingModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, MessagingModel>();
        return services.AddMessagingProviders().AddMessagingChannels().AddMessagingTemplates().AddMessagingOutbox();
    }

    public static IEndpointRouteBuilder MapMessagingEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapChannelEndpoints().MapTemplateEndpoints().MapOutboxEndpoints();

    private sealed class MessagingModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(MessagingModule).Assembly);
    }
}
