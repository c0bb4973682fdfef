using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Channels;

/// <summary>The current business's channel set-up, decrypted; null when the channel is not set up or is switched off.</summary>
internal interface IChannelConfigReader
{
    Task<ChannelConfig?> GetAsync(MessageChannel channel, CancellationToken cancellationToken = default);
}
