using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers;

namespace Muhtar.Messaging.Outbox;

/// <summary>
/// Applies a provider's delivery report to the message it is about (found by provider id or correlation id
/// within the channel's business). Status only moves forward; a replayed or late report changes nothing.
/// </summary>
internal interface IDeliveryReportSink
{
    /// <summary>True when the report moved a message forward; false when unknown, replayed or older.</summary>
    Task<bool> ApplyAsync(ChannelConfig channel, DeliveryReport report, CancellationToken cancellationToken = default);
}
