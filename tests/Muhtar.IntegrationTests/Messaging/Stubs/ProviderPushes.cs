using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Muhtar.IntegrationTests.Messaging.Stubs;

/// <summary>
/// What each provider pushes to our webhooks, in its documented shape, for tests that play the provider:
/// POST the bytes to the channel's webhook URL (with <c>?secret=</c> for İleti Merkezi and Verimor, or the
/// <see cref="WhatsAppSignature"/> header for WhatsApp).
/// </summary>
public static class ProviderPushes
{
    /// <summary>İleti Merkezi report: status is "accepted", "delivered" or "undelivered"; packetId = the order id the send returned.</summary>
    public static byte[] IletiMerkeziReport(string packetId, string status, string to = "+905321234567", long messageId = 1599558518) =>
        Json(new { report = new { id = messageId, packet_id = long.Parse(packetId, System.Globalization.CultureInfo.InvariantCulture), status, to, body = "..." } });

    /// <summary>Verimor outbound report row: status DELIVERED, NOT_DELIVERED, WAITING ...; customId = the correlation id in "N" format.</summary>
    public static byte[] VerimorReport(string campaignId, Guid correlationId, string status, string dest = "905321234567") =>
        Json(new[]
        {
            new Dictionary<string, object?>
            {
                ["type"] = "outbound",
                ["campaign_id"] = long.Parse(campaignId, System.Globalization.CultureInfo.InvariantCulture),
                ["campaign_custom_id"] = correlationId.ToString("N"),
                ["message_id"] = "13582302",
                ["message_custom_id"] = null,
                ["dest"] = dest,
                ["size"] = 1,
                ["international_multiplier"] = 1,
                ["credits"] = 1,
                ["status"] = status,
                ["gsm_error"] = status == "DELIVERED" ? "0" : "1",
                ["sent_at"] = "2026-11-23 14:06:00",
                ["done_at"] = "2026-11-23 14:06:05",
            },
        });

    /// <summary>Verimor inbound SMS (a reply such as "IPTAL"); <paramref name="from"/> as Verimor sends it ("905321234567").</summary>
    public static byte[] VerimorInbound(string from, string content, long messageId = 1234) =>
        Json(new[]
        {
            new
            {
                message_id = messageId,
                type = "inbound",
                received_at = "2026-11-23 09:00:00",
                network = "TURKCELL",
                source_addr = from,
                destination_addr = "908501234567",
                keyword = "",
                content,
            },
        });

    /// <summary>WhatsApp status webhook: status "sent", "delivered", "read" or "failed" (with error 131026 when failed).</summary>
    public static byte[] WhatsAppStatus(string wamid, Guid? correlationId, string status, long unixTime = 1795000000, string recipient = "905321234567")
    {
        var item = new Dictionary<string, object?>
        {
            ["id"] = wamid,
            ["status"] = status,
            ["timestamp"] = unixTime.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["recipient_id"] = recipient,
        };
        if (correlationId is { } id)
        {
            item["biz_opaque_callback_data"] = id.ToString();
        }

        if (status == "failed")
        {
            item["errors"] = new[] { new { code = 131026, title = "Message undeliverable" } };
        }

        return WhatsAppEnvelope(new Dictionary<string, object?> { ["statuses"] = new[] { item } });
    }

    /// <summary>WhatsApp inbound text message from <paramref name="from"/> ("905321234567").</summary>
    public static byte[] WhatsAppText(string from, string text, string wamid = "wamid.IN1", long unixTime = 1795000000) =>
        WhatsAppEnvelope(new Dictionary<string, object?>
        {
            ["contacts"] = new[] { new { profile = new { name = "Müşteri" }, wa_id = from } },
            ["messages"] = new[]
            {
                new { from, id = wamid, timestamp = unixTime.ToString(System.Globalization.CultureInfo.InvariantCulture), type = "text", text = new { body = text } },
            },
        });

    /// <summary>The X-Hub-Signature-256 header value Meta sends for <paramref name="body"/>.</summary>
    public static string WhatsAppSignature(byte[] body, string appSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));

    private static byte[] WhatsAppEnvelope(Dictionary<string, object?> value)
    {
        value["messaging_product"] = "whatsapp";
        value["metadata"] = new { display_phone_number = "908501234567", phone_number_id = "123456789012345" };
        return Json(new
        {
            @object = "whatsapp_business_account",
            entry = new[] { new { id = "987654321", changes = new[] { new { field = "messages", value } } } },
        });
    }

    private static byte[] Json(object value) => JsonSerializer.SerializeToUtf8Bytes(value);
}
