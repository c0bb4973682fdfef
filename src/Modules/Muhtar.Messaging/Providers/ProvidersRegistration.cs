using Microsoft.Extensions.DependencyInjection;
using Muhtar.Messaging.Providers.Http;
using Muhtar.Messaging.Providers.IletiMerkezi;
using Muhtar.Messaging.Providers.Netgsm;
using Muhtar.Messaging.Providers.Smtp;
using Muhtar.Messaging.Providers.Verimor;
using Muhtar.Messaging.Providers.WhatsApp;

namespace Muhtar.Messaging.Providers;

internal static class ProvidersRegistration
{
    /// <summary>
    /// Every provider as <see cref="IMessageProvider"/> (and <see cref="IProviderWebhook"/> /
    /// <see cref="IDeliveryReportPoller"/> where it has them), all stateless singletons; pick one by
    /// <see cref="IMessageProvider.Key"/> = <see cref="Channels.ChannelConfig.ProviderKey"/>. The call timeout is
    /// <c>Messaging:Providers:Timeout</c> (default 20 s).
    /// </summary>
    public static IServiceCollection AddMessagingProviders(this IServiceCollection services)
    {
        services.AddOptions<ProviderHttpOptions>().BindConfiguration(ProviderHttpOptions.Section);
        services.AddHttpClient(ProviderHttp.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.AddSingleton<ProviderHttp>();

        services.AddSingleton<IMessageProvider, NetgsmProvider>();
        services.AddSingleton<IMessageProvider, IletiMerkeziProvider>();
        services.AddSingleton<IMessageProvider, VerimorProvider>();
        services.AddSingleton<IMessageProvider, WhatsAppCloudProvider>();
        services.AddSingleton<IMessageProvider, SmtpEmailProvider>();

        services.AddSingleton<IProviderWebhook, IletiMerkeziWebhook>();
        services.AddSingleton<IProviderWebhook, VerimorWebhook>();
        services.AddSingleton<IProviderWebhook, WhatsAppWebhook>();

        services.AddSingleton<IDeliveryReportPoller, VerimorReportPoller>();
        return services;
    }
}
