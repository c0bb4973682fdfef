using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers.Http;

namespace Muhtar.Messaging.Providers.Verimor;

/// <summary>
/// Verimor SMS through <c>POST {baseUrl}/v2/send.json</c> with <c>{ username, password, source_addr, valid_for,
/// custom_id, messages: [{ msg, dest }] }</c> (plus <c>is_commercial</c> / <c>iys_recipient_type</c> for commercial
/// messages). The answer is plain text: 200 with the campaign id, or 400 with an error name
/// (INVALID_SOURCE_ADDRESS, INSUFFICIENT_CREDITS, ...); 429 when over 150 requests a minute.
/// <c>custom_id</c> is our correlation id ("N" format), so pushes and <c>GET /v2/status?custom_id=</c> find the message.
/// </summary>
internal sealed class VerimorProvider(ProviderHttp http) : IMessageProvider
{
    public const string ProviderKey = "verimor";

    public static readonly ProviderDescriptor Descriptor = new(
        ProviderKey,
        MessageChannel.Sms,
        "Verimor",
        [
            new ProviderSetting("username", Required: true, Secret: false),
            new ProviderSetting("password", Required: true, Secret: true),
            new ProviderSetting("sourceAddr", Required: true, Secret: false),
            new ProviderSetting("iysRecipientType", Required: false, Secret: false, "BIREYSEL", ["BIREYSEL", "TACIR"]),
            new ProviderSetting("validFor", Required: false, Secret: false, "24:00"),
            new ProviderSetting("baseUrl", Required: false, Secret: false, "https://sms.verimor.com.tr"),
        ],
        BaseUrlSetting: "baseUrl",
        HasWebhook: true,
        HasReportPolling: true);

    /// <summary>Error names Verimor answers that the same request may get past later.</summary>
    private static readonly HashSet<string> Transient = ["INSUFFICIENT_CREDITS"];

    public string Key => ProviderKey;

    public MessageChannel Channel => MessageChannel.Sms;

    /// <summary>Verimor keeps our custom id only for reports; a repeat is a new campaign.</summary>
    public bool RecognisesRepeatedSends => false;

    public static string CustomId(Guid correlationId) => correlationId.ToString("N");

    public async Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object>
        {
            ["username"] = config.Setting("username"),
            ["password"] = config.Setting("password"),
            ["source_addr"] = Descriptor.Value(config, "sourceAddr"),
            ["valid_for"] = Descriptor.Value(config, "validFor"),
            ["custom_id"] = CustomId(message.CorrelationId),
            ["messages"] = new[] { new { msg = message.Body, dest = PhoneNumbers.International(message.To) } },
        };
        if (message.Purpose == MessagePurpose.Commercial)
        {
            payload["is_commercial"] = true;
            payload["iys_recipient_type"] = Descriptor.Value(config, "iysRecipientType");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Descriptor.BaseUrl(config) + "/v2/send.json")
        {
            Content = JsonContent.Create(payload, options: new JsonSerializerOptions(JsonSerializerDefaults.General)),
        };
        var answer = await http.SendAsync(ProviderKey, request, cancellationToken);
        return Interpret(answer);
    }

    internal static ProviderSendResult Interpret(ProviderHttpAnswer answer)
    {
        var body = answer.Body.Trim();
        if (answer.IsSuccess)
        {
            return body.Length > 0 && body.All(char.IsAsciiDigit)
                ? new ProviderSendResult(ProviderSendOutcome.Accepted, body, body)
                : new ProviderSendResult(ProviderSendOutcome.RetryLater, null, answer.Describe());
        }

        if (answer.IsTransient || Transient.Contains(body))
        {
            return new ProviderSendResult(ProviderSendOutcome.RetryLater, null, answer.Describe());
        }

        return new ProviderSendResult(ProviderSendOutcome.Rejected, null, answer.Describe());
    }
}
