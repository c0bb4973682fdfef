using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers.WhatsApp;

/// <summary>
/// WhatsApp Cloud API webhooks: <c>{ object: "whatsapp_business_account", entry: [{ changes: [{ field: "messages",
/// value: { statuses: [...], messages: [...] } }] }] }</c>. Statuses (sent, delivered, read, failed) carry the wamid
/// and our <c>biz_opaque_callback_data</c>; messages are what people write or tap (text, quick-reply buttons,
/// interactive replies). Authentic only when <c>X-Hub-Signature-256</c> is <c>sha256=</c> + the HMAC-SHA256 of the
/// raw body keyed with the app secret.
/// </summary>
internal sealed class WhatsAppWebhook : IProviderWebhook
{
    public const string SignatureHeader = "X-Hub-Signature-256";

    public string ProviderKey => WhatsAppCloudProvider.ProviderKey;

    /// <summary>The header value Meta would send for <paramref name="body"/>.</summary>
    public static string Signature(byte[] body, string appSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));

    public bool IsAuthentic(IHeaderDictionary headers, IQueryCollection query, byte[] body, ChannelConfig config)
    {
        var secret = config.Setting("appSecret");
        if (secret.Length == 0 || !headers.TryGetValue(SignatureHeader, out var given) || given.Count != 1)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(body, secret));
        var actual = Encoding.ASCII.GetBytes(given.ToString().Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    public IReadOnlyList<ProviderEvent> Parse(byte[] body, string? contentType)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var events = new List<ProviderEvent>();
            if (!document.RootElement.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                return events;
            }

            foreach (var entry in entries.EnumerateArray())
            {
                if (!entry.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var change in changes.EnumerateArray())
                {
                    if (!change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    if (value.TryGetProperty("statuses", out var statuses) && statuses.ValueKind == JsonValueKind.Array)
                    {
                        events.AddRange(statuses.EnumerateArray().Select(Status).OfType<ProviderEvent>());
                    }

                    if (value.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
                    {
                        events.AddRange(messages.EnumerateArray().Select(Inbound).OfType<ProviderEvent>());
                    }
                }
            }

            return events;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static DeliveryReport? Status(JsonElement status)
    {
        MessageStatus? mapped = Text(status, "status") switch
        {
            "sent" => MessageStatus.Sent,
            "delivered" => MessageStatus.Delivered,
            "read" => MessageStatus.Read,
            "failed" => MessageStatus.Failed,
            _ => null,
        };
        var wamid = Text(status, "id");
        Guid? correlation = Guid.TryParse(Text(status, "biz_opaque_callback_data"), out var id) ? id : null;
        if (mapped is null || (wamid is null && correlation is null))
        {
            return null;
        }

        string? error = null;
        if (status.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            error = $"{Text(first, "code")} {Text(first, "title")}".Trim();
        }

        return new DeliveryReport(wamid, correlation, mapped.Value, Time(Text(status, "timestamp")), error);
    }

    private static InboundText? Inbound(JsonElement message)
    {
        var from = PhoneNumbers.International(Text(message, "from") ?? "");
        var text = Text(message, "type") switch
        {
            "text" => Nested(message, "text", "body"),
            "button" => Nested(message, "button", "text"),
            "interactive" => message.TryGetProperty("interactive", out var interactive)
                ? Nested(interactive, "button_reply", "title") ?? Nested(interactive, "list_reply", "title")
                : null,
            _ => null,
        };
        return from.Length == 0 || text is null ? null : new InboundText("+" + from, text, Text(message, "id"), Time(Text(message, "timestamp")));
    }

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.TryGetProperty(outer, out var child) && child.ValueKind == JsonValueKind.Object ? Text(child, inner) : null;

    private static DateTime? Time(string? unixSeconds) =>
        long.TryParse(unixSeconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>
/// Meta's one-time check when the webhook URL is registered: <c>GET ?hub.mode=subscribe&amp;hub.verify_token=...&amp;hub.challenge=...</c>.
/// The verify token is the channel's <see cref="ChannelConfig.WebhookSecret"/>; the endpoint answers 200 with the
/// challenge as plain text when <see cref="Challenge"/> returns it, 403 otherwise.
/// </summary>
internal static class WhatsAppWebhookVerification
{
    public static string? Challenge(IQueryCollection query, ChannelConfig config)
    {
        if (string.IsNullOrEmpty(config.WebhookSecret)
            || query["hub.mode"].ToString() != "subscribe"
            || !WebhookSecret.FixedTimeEquals(query["hub.verify_token"].ToString(), config.WebhookSecret))
        {
            return null;
        }

        var challenge = query["hub.challenge"].ToString();
        return challenge.Length > 0 ? challenge : null;
    }
}
