using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers;

/// <summary>
/// One provider's send API (Netgsm, İleti Merkezi, Verimor, WhatsApp Cloud, SMTP). Stateless: the channel's
/// settings come with each call. Never throws for a provider's answer; only cancellation escapes.
/// </summary>
internal interface IMessageProvider
{
    /// <summary>Stable key stored in the channel settings: "netgsm", "iletimerkezi", "verimor", "whatsapp", "smtp".</summary>
    string Key { get; }

    MessageChannel Channel { get; }

    Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken);
}
