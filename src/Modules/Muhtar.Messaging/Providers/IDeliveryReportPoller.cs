using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers;

/// <summary>
/// For providers that (also) answer "what happened to these messages?" when asked (Verimor, Netgsm): the
/// outbox polls messages still waiting for a report, in case a push was lost.
/// </summary>
internal interface IDeliveryReportPoller
{
    string ProviderKey { get; }

    Task<IReadOnlyList<DeliveryReport>> PollAsync(
        ChannelConfig config, IReadOnlyList<(Guid CorrelationId, string? ProviderMessageId)> messages, CancellationToken cancellationToken);
}
