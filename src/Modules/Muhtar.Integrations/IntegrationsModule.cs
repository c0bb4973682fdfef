using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Muhtar.Abstractions.Consent.Events;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Abstractions.Integrations;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Abstractions.Privacy;
using Muhtar.Integrations.Webhooks;
using Muhtar.Platform.Data;
using Muhtar.Platform.Events;
using Muhtar.Platform.Jobs;

namespace Muhtar.Integrations;

/// <summary>Integrations (I4): outgoing webhooks a business registers, signed, retried and guarded against internal targets.</summary>
public static class IntegrationsModule
{
    public static IServiceCollection AddIntegrationsModule(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, IntegrationsModel>();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        services.TryAddSingleton<IWebhookDnsResolver, SystemDnsResolver>();
        services.AddHttpClient(WebhookHttp.ClientName)
            .ConfigurePrimaryHttpMessageHandler(WebhookHttp.CreateHandler)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan); // WebhookOptions.Timeout applies per attempt
        services.AddScoped<WebhookService>();
        services.AddScoped<IOutgoingWebhooks>(sp => sp.GetRequiredService<WebhookService>());
        services.AddJobHandler<DeliverWebhook, WebhookSender>();
        services.AddScoped<IPersonalDataHolder, WebhookPersonalData>();
        services.AddEventHandler<CustomerCreated, WebhookEventHandler>();
        services.AddEventHandler<CustomerUpdated, WebhookEventHandler>();
        services.AddEventHandler<CustomerArchived, WebhookEventHandler>();
        services.AddEventHandler<CustomerUnarchived, WebhookEventHandler>();
        services.AddEventHandler<CustomerTagAdded, WebhookEventHandler>();
        services.AddEventHandler<CustomerTagRemoved, WebhookEventHandler>();
        services.AddEventHandler<ConsentChanged, WebhookEventHandler>();
        services.AddEventHandler<MessageStatusChanged, WebhookEventHandler>();
        services.AddEventHandler<InboundMessageReceived, WebhookEventHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapIntegrationsEndpoints(this IEndpointRouteBuilder endpoints) => endpoints.MapWebhookEndpoints();

    private sealed class IntegrationsModel : IModuleModel
    {
        public void Configure(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntegrationsModule).Assembly);
    }
}
