using System.Text.Json;

namespace Muhtar.IntegrationTests.Messaging.Stubs;

/// <summary>
/// The answers each provider documents, for <see cref="StubHttpServer.Enqueue"/> / <see cref="StubHttpServer.Set"/>.
/// Paths are the providers' real ones, relative to the base URL setting.
/// </summary>
public static class ProviderReplies
{
    /// <summary>Netgsm REST v2: <c>POST /sms/rest/v2/send</c>.</summary>
    public static class Netgsm
    {
        public const string SendPath = "/sms/rest/v2/send";

        public static StubReply Accepted(string jobId) =>
            StubReply.Json(Serialize(new { code = "00", jobid = jobId, description = "queued" }));

        /// <summary>An error code answer (20 text, 30 credentials, 40 header, 50/51 İYS, 70 parameters, 80/85 limits).</summary>
        public static StubReply Error(string code, string description = "error") =>
            StubReply.Json(Serialize(new { code, description }), 406);
    }

    /// <summary>İleti Merkezi: <c>POST /v1/send-sms/json</c>; codes: 200 ok, 401 credentials, 450 header, 451 duplicate order ...</summary>
    public static class IletiMerkezi
    {
        public const string SendPath = "/v1/send-sms/json";

        public static StubReply Accepted(string orderId) => StubReply.Json(Serialize(new
        {
            response = new { status = new { code = 200, message = "İşlem başarılı" }, order = new { id = orderId } },
        }));

        public static StubReply Error(int code, string message = "Hata") => StubReply.Json(
            Serialize(new { response = new { status = new { code, message } } }), code is >= 400 and < 600 ? code : 400);

        public static StubReply Duplicate() => Error(451, "Tekrar eden sipariş");
    }

    /// <summary>Verimor: <c>POST /v2/send.json</c> answers the campaign id as plain text, or 400 with an error name.</summary>
    public static class Verimor
    {
        public const string SendPath = "/v2/send.json";
        public const string StatusPath = "/v2/status";

        public static StubReply Accepted(string campaignId) => StubReply.Text(campaignId);

        public static StubReply Error(string name, int status = 400) => StubReply.Text(name, status);

        /// <summary>The <c>GET /v2/status</c> answer: one row per message.</summary>
        public static StubReply Status(params (string CampaignId, string CustomId, string MessageId, string Dest, string Status)[] rows) =>
            StubReply.Json(Serialize(rows.Select(r => new Dictionary<string, object?>
            {
                ["campaign_id"] = long.Parse(r.CampaignId, System.Globalization.CultureInfo.InvariantCulture),
                ["campaign_custom_id"] = r.CustomId,
                ["message_id"] = r.MessageId,
                ["message_custom_id"] = null,
                ["dest"] = r.Dest,
                ["size"] = 1,
                ["international_multiplier"] = 1,
                ["credits"] = 1,
                ["status"] = r.Status,
                ["gsm_error"] = r.Status == "NOT_DELIVERED" ? "1" : "0",
                ["sent_at"] = "2026-11-23 10:00:00",
                ["done_at"] = "2026-11-23 10:00:05",
            })));
    }

    /// <summary>WhatsApp Cloud API: <c>POST /{version}/{phone-number-id}/messages</c>.</summary>
    public static class WhatsApp
    {
        public static string SendPath(string phoneNumberId, string version = "v23.0") => $"/{version}/{phoneNumberId}/messages";

        public static StubReply Accepted(string wamid, string waId = "905321234567") => StubReply.Json(Serialize(new
        {
            messaging_product = "whatsapp",
            contacts = new[] { new { input = waId, wa_id = waId } },
            messages = new[] { new { id = wamid, message_status = "accepted" } },
        }));

        /// <summary>A Graph API error (190 token, 132001 template missing, 131026 undeliverable, 130429/131056 rate limits).</summary>
        public static StubReply Error(int code, int status = 400, string message = "(#132001) Template name does not exist in the translation") =>
            StubReply.Json(Serialize(new
            {
                error = new { message, type = "OAuthException", code, error_data = new { messaging_product = "whatsapp", details = message }, fbtrace_id = "AbCdEf123" },
            }), status);
    }

    /// <summary>What the stub answers when nothing was set for the path: the provider's success answer.</summary>
    public static StubReply DefaultFor(StubRequest request, long id) => request.Path switch
    {
        Netgsm.SendPath => Netgsm.Accepted("17" + id.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)),
        IletiMerkezi.SendPath => IletiMerkezi.Accepted((100000 + id).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Verimor.SendPath => Verimor.Accepted((20000 + id).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Verimor.StatusPath => StubReply.Json("[]"),
        var p when p.EndsWith("/messages", StringComparison.Ordinal) => WhatsApp.Accepted($"wamid.STUB{id:D8}"),
        _ => StubReply.Json("{\"error\":\"no stub answer for this path\"}", 404),
    };

    private static string Serialize(object value) => JsonSerializer.Serialize(value);
}
