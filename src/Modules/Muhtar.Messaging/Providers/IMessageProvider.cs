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

    /// <summary>
    /// True when the provider recognises a message it already took by our correlation id and answers a repeat as
    /// <see cref="ProviderSendOutcome.Duplicate"/> instead of delivering it twice. Only then is a message whose
    /// earlier handover never got its answer booked (the worker died mid-call) handed over again; otherwise it is
    /// booked as sent with its answer lost.
    /// </summary>
    bool RecognisesRepeatedSends { get; }

    Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken);
}
