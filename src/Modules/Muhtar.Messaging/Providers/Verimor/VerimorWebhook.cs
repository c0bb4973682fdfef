using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Muhtar.Messaging.Channels;

namespace Muhtar.Messaging.Providers.Verimor;

/// <summary>
/// Verimor's push (to the URL set in their OİM panel): a JSON array of rows, <c>"type": "outbound"</c> for delivery
/// reports (<c>campaign_id</c>, <c>campaign_custom_id</c> = our correlation id, <c>status</c>, <c>done_at</c>) and
/// <c>"type": "inbound"</c> for SMS people send to the number (<c>source_addr</c>, <c>content</c>, <c>received_at</c>).
/// Verimor does not sign pushes: authentic when the URL carries the channel's webhook secret.
/// </summary>
internal sealed class VerimorWebhook : IProviderWebhook
{
    public string ProviderKey => VerimorProvider.ProviderKey;

    public bool IsAuthentic(IHeaderDictionary headers, IQueryCollection query, byte[] body, ChannelConfig config) =>
        WebhookSecret.Matches(headers, query, config);

    public IReadOnlyList<ProviderEvent> Parse(byte[] body, string? contentType)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var rows = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            var events = new List<ProviderEvent>();
            foreach (var row in rows.Where(r => r.ValueKind == JsonValueKind.Object))
            {
                if (VerimorReports.Text(row, "type") == "inbound")
                {
                    var from = PhoneNumbers.International(VerimorReports.Text(row, "source_addr") ?? "");
                    var text = VerimorReports.Text(row, "content");
                    if (from.Length > 0 && text is not null)
                    {
                        events.Add(new InboundText("+" + from, text, VerimorReports.Text(row, "message_id"), VerimorReports.Time(VerimorReports.Text(row, "received_at"))));
                    }
                }
                else if (VerimorReports.FromRow(row) is { } report)
                {
                    events.Add(report);
                }
            }

            return events;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
