using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Channels;

/// <summary>The API's words for channels: "sms", "whatsapp", "email" (any casing on the way in).</summary>
internal static class ChannelWire
{
    public static IReadOnlyList<string> Names { get; } = ["sms", "whatsapp", "email"];

    public static string Name(MessageChannel channel) => channel switch
    {
        MessageChannel.Sms => "sms",
        MessageChannel.WhatsApp => "whatsapp",
        _ => "email",
    };

    public static bool TryParse(string? value, out MessageChannel channel)
    {
        foreach (var candidate in Enum.GetValues<MessageChannel>())
        {
            if (string.Equals(Name(candidate), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                channel = candidate;
                return true;
            }
        }

        channel = default;
        return false;
    }
}
