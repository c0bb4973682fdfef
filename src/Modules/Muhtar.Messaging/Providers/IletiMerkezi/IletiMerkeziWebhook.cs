using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers.IletiMerkezi;

/// <summary>
/// İleti Merkezi's report push (one POST per status change, to the notification URL set in their panel):
/// <c>{ "report": { "id": 1599558518, "packet_id": 104525848, "status": "accepted|delivered|undelivered", "to": "+90...", "body": "..." } }</c>.
/// <c>packet_id</c> is the order id the send answered with (our provider message id). Authentic when the URL
/// carries the channel's webhook secret (<see cref="WebhookSecret"/>): İleti Merkezi does not sign pushes.
/// </summary>
internal sealed class IletiMerkeziWebhook : IProviderWebhook
{
    public string ProviderKey => IletiMerkeziProvider.ProviderKey;

    public bool IsAuthentic(IHeaderDictionary headers, IQueryCollection query, byte[] body, ChannelConfig config) =>
        WebhookSecret.Matches(headers, query, config);

    public IReadOnlyList<ProviderEvent> Parse(byte[] body, string? contentType)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var reports = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            var events = new List<ProviderEvent>();
            foreach (var item in reports)
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("report", out var report))
                {
                    continue;
                }

                var packetId = Text(report, "packet_id");
                MessageStatus? status = Text(report, "status")?.ToLowerInvariant() switch
                {
                    "accepted" => MessageStatus.Sent,
                    "delivered" => MessageStatus.Delivered,
                    "undelivered" => MessageStatus.Failed,
                    _ => null,
                };
                if (packetId is null || status is null)
                {
                    continue;
                }

                events.Add(new DeliveryReport(packetId, null, status.Value, null, status == MessageStatus.Failed ? "undelivered" : null));
            }

            return events;
        }
        catch (JsonException)
        {
            return [];
        }
    }

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
