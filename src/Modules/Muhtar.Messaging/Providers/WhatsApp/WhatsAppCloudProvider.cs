using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers.Http;

namespace Muhtar.Messaging.Providers.WhatsApp;

/// <summary>
/// WhatsApp Business Cloud API: <c>POST {baseUrl}/{apiVersion}/{phoneNumberId}/messages</c> with a Bearer token and
/// <c>{ messaging_product: "whatsapp", to, type: "template", template: { name, language: { code }, components:
/// [{ type: "body", parameters: [{ type: "text", text }] }] }, biz_opaque_callback_data }</c>; without a template
/// name a plain text message (only allowed inside the 24-hour customer service window). The correlation id goes
/// in <c>biz_opaque_callback_data</c>, which Meta echoes in status webhooks. Success is
/// <c>{ messages: [{ id: "wamid..." }] }</c>; Graph errors <c>{ error: { code, message } }</c> are retried for the
/// throttling and temporary codes and refused for the rest (token, permissions, template, undeliverable).
/// </summary>
internal sealed class WhatsAppCloudProvider(ProviderHttp http) : IMessageProvider
{
    public const string ProviderKey = "whatsapp";

    public static readonly ProviderDescriptor Descriptor = new(
        ProviderKey,
        MessageChannel.WhatsApp,
        "WhatsApp Business Cloud API",
        [
            new ProviderSetting("phoneNumberId", Required: true, Secret: false),
            new ProviderSetting("accessToken", Required: true, Secret: true),
            new ProviderSetting("appSecret", Required: true, Secret: true),
            new ProviderSetting("apiVersion", Required: false, Secret: false, "v23.0"),
            new ProviderSetting("baseUrl", Required: false, Secret: false, "https://graph.facebook.com"),
        ],
        BaseUrlSetting: "baseUrl",
        HasWebhook: true,
        HasReportPolling: false);

    /// <summary>
    /// Graph error codes that clear up by themselves: API too busy (1, 2), rate limits (4, 80007, 130429),
    /// "something went wrong" (131000), service unavailable (131016), spam rate limit (131048), pair rate limit
    /// (131056), account in maintenance (131057), server temporarily unavailable (133004).
    /// </summary>
    private static readonly HashSet<int> TransientCodes = [1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 131057, 133004];

    public string Key => ProviderKey;

    public MessageChannel Channel => MessageChannel.WhatsApp;

    /// <summary>The Graph API has no idempotency key: a repeat is a second message.</summary>
    public bool RecognisesRepeatedSends => false;

    public async Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object>
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = PhoneNumbers.International(message.To),
            ["biz_opaque_callback_data"] = message.CorrelationId.ToString(),
        };
        if (!string.IsNullOrWhiteSpace(message.TemplateName))
        {
            var components = new List<object>();
            if (message.TemplateParameters is { Count: > 0 } parameters)
            {
                components.Add(new { type = "body", parameters = parameters.Select(p => new { type = "text", text = p }).ToArray() });
            }

            payload["type"] = "template";
            payload["template"] = new
            {
                name = message.TemplateName,
                language = new { code = string.IsNullOrWhiteSpace(message.Language) ? "tr" : message.Language },
                components,
            };
        }
        else
        {
            payload["type"] = "text";
            payload["text"] = new { preview_url = false, body = message.Body };
        }

        var url = $"{Descriptor.BaseUrl(config)}/{Descriptor.Value(config, "apiVersion")}/{Uri.EscapeDataString(config.Setting("phoneNumberId"))}/messages";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(payload, options: new JsonSerializerOptions(JsonSerializerDefaults.General)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", config.Setting("accessToken"));
        var answer = await http.SendAsync(ProviderKey, request, cancellationToken);
        return Interpret(answer);
    }

    internal static ProviderSendResult Interpret(ProviderHttpAnswer answer)
    {
        if (answer.Status is null)
        {
            return new ProviderSendResult(ProviderSendOutcome.RetryLater, null, answer.Describe());
        }

        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(answer.Body);
        }
        catch (JsonException)
        {
        }

        using (document)
        {
            var root = document?.RootElement;
            if (answer.IsSuccess && root is { ValueKind: JsonValueKind.Object } ok
                && ok.TryGetProperty("messages", out var sent) && sent.ValueKind == JsonValueKind.Array && sent.GetArrayLength() > 0
                && sent[0].TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } wamid)
            {
                var status = sent[0].TryGetProperty("message_status", out var s) ? s.GetString() : null;
                return new ProviderSendResult(ProviderSendOutcome.Accepted, wamid, $"{wamid} {status}".Trim());
            }

            if (root is { ValueKind: JsonValueKind.Object } failed && failed.TryGetProperty("error", out var error))
            {
                var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
                var text = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                var shown = $"HTTP {answer.Code} error {code}: {text}";
                var outcome = TransientCodes.Contains(code) || answer.IsTransient ? ProviderSendOutcome.RetryLater : ProviderSendOutcome.Rejected;
                return new ProviderSendResult(outcome, null, shown);
            }
        }

        return new ProviderSendResult(
            answer.IsTransient || answer.IsSuccess ? ProviderSendOutcome.RetryLater : ProviderSendOutcome.Rejected, null, answer.Describe());
    }
}
