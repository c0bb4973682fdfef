using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Templates;

/// <summary>The API's names of channels, purposes and encodings, both ways.</summary>
internal static class TemplateNames
{
    public static readonly IReadOnlyList<string> Channels = ["sms", "whatsapp", "email"];

    public static readonly IReadOnlyList<string> Purposes = ["commercial", "transactional"];

    public static string Of(MessageChannel channel) => channel switch
    {
        MessageChannel.Sms => "sms",
        MessageChannel.WhatsApp => "whatsapp",
        _ => "email",
    };

    public static string Of(MessagePurpose purpose) => purpose == MessagePurpose.Commercial ? "commercial" : "transactional";

    public static string Of(SmsEncoding encoding) => encoding switch
    {
        SmsEncoding.Gsm7 => "gsm7",
        SmsEncoding.Gsm7Turkish => "gsm7Turkish",
        _ => "ucs2",
    };

    public static bool TryChannel(string? name, out MessageChannel channel)
    {
        var index = IndexOf(Channels, name);
        channel = index switch
        {
            0 => MessageChannel.Sms,
            1 => MessageChannel.WhatsApp,
            _ => MessageChannel.Email,
        };
        return index >= 0;
    }

    public static bool TryPurpose(string? name, out MessagePurpose purpose)
    {
        var index = IndexOf(Purposes, name);
        purpose = index == 0 ? MessagePurpose.Commercial : MessagePurpose.Transactional;
        return index >= 0;
    }

    private static int IndexOf(IReadOnlyList<string> names, string? name)
    {
        var trimmed = name?.Trim();
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
