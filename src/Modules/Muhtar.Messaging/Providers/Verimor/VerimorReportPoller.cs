using System.Text.Json;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers.Http;

namespace Muhtar.Messaging.Providers.Verimor;

/// <summary>
/// Asks Verimor what happened to messages still waiting for a report: <c>GET {baseUrl}/v2/status?custom_id=...</c>
/// per message (credentials in the query, as Verimor documents). When a campaign id is known and the custom id
/// finds nothing, asks by <c>id=</c>. Messages Verimor cannot answer for now (timeout, 5xx, 404) are left out:
/// the outbox asks again later.
/// </summary>
internal sealed class VerimorReportPoller(ProviderHttp http) : IDeliveryReportPoller
{
    public string ProviderKey => VerimorProvider.ProviderKey;

    public async Task<IReadOnlyList<DeliveryReport>> PollAsync(
        ChannelConfig config, IReadOnlyList<(Guid CorrelationId, string? ProviderMessageId)> messages, CancellationToken cancellationToken)
    {
        var reports = new List<DeliveryReport>();
        foreach (var (correlationId, providerMessageId) in messages)
        {
            var rows = await StatusAsync(config, "custom_id", VerimorProvider.CustomId(correlationId), cancellationToken);
            if (rows.Count == 0 && !string.IsNullOrEmpty(providerMessageId))
            {
                rows = await StatusAsync(config, "id", providerMessageId, cancellationToken);
            }

            var found = rows.Select(VerimorReports.FromRow).OfType<DeliveryReport>().ToList();
            if (found.Count == 0)
            {
                continue;
            }

            // One message per campaign; a retry that Verimor blocked as DOUBLE_SEND_ERROR is already left out. Of
            // several rows the furthest status counts: delivered beats failed beats sent.
            var best = found.MaxBy(r => r.Status switch
            {
                Muhtar.Abstractions.Messaging.MessageStatus.Delivered => 3,
                Muhtar.Abstractions.Messaging.MessageStatus.Failed => 2,
                _ => 1,
            })!;
            reports.Add(best with { CorrelationId = correlationId, ProviderMessageId = best.ProviderMessageId ?? providerMessageId });
        }

        return reports;
    }

    private async Task<IReadOnlyList<JsonElement>> StatusAsync(ChannelConfig config, string key, string value, CancellationToken cancellationToken)
    {
        var url = $"{VerimorProvider.Descriptor.BaseUrl(config)}/v2/status?{key}={Uri.EscapeDataString(value)}" +
                  $"&username={Uri.EscapeDataString(config.Setting("username"))}&password={Uri.EscapeDataString(config.Setting("password"))}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var answer = await http.SendAsync(ProviderKey, request, cancellationToken);
        if (!answer.IsSuccess)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
