namespace Muhtar.Messaging.Channels;

/// <summary>Marker for the channel settings and inbox strings: ChannelsResource.resx is Turkish (default), ChannelsResource.en.resx English.</summary>
internal sealed class ChannelsResource;
