using System.Globalization;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;

namespace Muhtar.Messaging.Providers.Verimor;

/// <summary>Verimor's message rows (push and <c>GET /v2/status</c> share the shape) turned into our reports.</summary>
internal static class VerimorReports
{
    private static readonly TimeSpan TurkeyOffset = TimeSpan.FromHours(3);

    /// <summary>
    /// SENDING/WAITING = handed on; DELIVERED, and SENT (delivered where the operator gives no receipt) = delivered;
    /// the documented failures = failed. DOUBLE_SEND_ERROR means Verimor blocked a repeat of a message it already
    /// sent (a retry of ours): it says nothing about the first send, so it is ignored.
    /// </summary>
    public static MessageStatus? Status(string? status) => status switch
    {
        "SENDING" or "WAITING" => MessageStatus.Sent,
        "DELIVERED" or "SENT" => MessageStatus.Delivered,
        "NOT_DELIVERED" or "EXPIRED" or "INVALID_DESTINATION_ADDRESS" or "REJECTED" or "BLACKLISTED_DESTINATION_ADDRESS"
            or "MISSING_TARIFF" or "ROUTE_NOT_AVAILABLE" or "NETWORK_NOTCOVERED" or "SEND_ERROR" or "INTERNATIONAL_DENIED" => MessageStatus.Failed,
        _ => null,
    };

    /// <summary>A report from one outbound row, or null when it tells nothing usable.</summary>
    public static DeliveryReport? FromRow(JsonElement row)
    {
        var status = Status(Text(row, "status"));
        if (status is null)
        {
            return null;
        }

        Guid? correlation = Guid.TryParse(Text(row, "campaign_custom_id"), out var id) ? id : null;
        var campaign = Text(row, "campaign_id");
        if (correlation is null && campaign is null)
        {
            return null;
        }

        var error = status == MessageStatus.Failed ? $"{Text(row, "status")} gsm_error={Text(row, "gsm_error") ?? "-"}" : null;
        return new DeliveryReport(campaign, correlation, status.Value, Time(Text(row, "done_at") ?? Text(row, "sent_at")), error);
    }

    /// <summary>Verimor's "2015-02-20 16:06:00" (Turkish time) or an ISO 8601 time with offset, as UTC.</summary>
    public static DateTime? Time(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateTime.SpecifyKind(local - TurkeyOffset, DateTimeKind.Utc);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset)
            ? withOffset.UtcDateTime
            : null;
    }

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
