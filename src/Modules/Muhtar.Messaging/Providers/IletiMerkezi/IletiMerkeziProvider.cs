using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers.Http;

namespace Muhtar.Messaging.Providers.IletiMerkezi;

/// <summary>
/// İleti Merkezi SMS through its JSON API: <c>POST {baseUrl}/v1/send-sms/json</c> with
/// <c>{ request: { authentication: { key, hash }, order: { sender, sendDateTime, iys, iysList, message: { text,
/// receipents: { number: [...] } } } } }</c> (the key and hash are issued by their panel). The answer carries
/// <c>response.status.code</c>: 200 with <c>order.id</c> is accepted; 451 ("duplicate order": the same order was
/// already taken) counts as success of an earlier try; 401/402/450/452/454/459/460/466/468-470 and other 4xx are
/// refusals. Delivery reports are pushed to the URL set in the panel (<see cref="IletiMerkeziWebhook"/>).
/// </summary>
internal sealed class IletiMerkeziProvider(ProviderHttp http) : IMessageProvider
{
    public const string ProviderKey = "iletimerkezi";

    public static readonly ProviderDescriptor Descriptor = new(
        ProviderKey,
        MessageChannel.Sms,
        "İleti Merkezi",
        [
            new ProviderSetting("apiKey", Required: true, Secret: false),
            new ProviderSetting("apiHash", Required: true, Secret: true),
            new ProviderSetting("sender", Required: true, Secret: false),
            new ProviderSetting("iysList", Required: false, Secret: false, "BIREYSEL", ["BIREYSEL", "TACIR"]),
            new ProviderSetting("baseUrl", Required: false, Secret: false, "https://api.iletimerkezi.com"),
        ],
        BaseUrlSetting: "baseUrl",
        HasWebhook: true,
        HasReportPolling: false);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public string Key => ProviderKey;

    public MessageChannel Channel => MessageChannel.Sms;

    /// <summary>Our correlation id is the order reference; a repeat is answered 451 ("duplicate order").</summary>
    public bool RecognisesRepeatedSends => true;

    public async Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken)
    {
        var commercial = message.Purpose == MessagePurpose.Commercial;
        var payload = new
        {
            request = new
            {
                authentication = new { key = config.Setting("apiKey"), hash = config.Setting("apiHash") },
                order = new
                {
                    sender = Descriptor.Value(config, "sender"),
                    sendDateTime = Array.Empty<string>(),
                    iys = commercial ? "1" : "0",
                    iysList = Descriptor.Value(config, "iysList"),
                    message = new
                    {
                        text = message.Body,
                        receipents = new { number = new[] { PhoneNumbers.NationalIfTurkish(message.To) } },
                    },
                },
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, Descriptor.BaseUrl(config) + "/v1/send-sms/json")
        {
            Content = JsonContent.Create(payload, options: Json),
        };
        var answer = await http.SendAsync(ProviderKey, request, cancellationToken);
        return Interpret(answer);
    }

    internal static ProviderSendResult Interpret(ProviderHttpAnswer answer)
    {
        var (code, message, orderId) = Read(answer.Body);
        if (answer.Status is null || (answer.IsTransient && code is null or >= 500))
        {
            return new ProviderSendResult(ProviderSendOutcome.RetryLater, null, answer.Describe());
        }

        if (code is null)
        {
            return new ProviderSendResult(answer.IsSuccess ? ProviderSendOutcome.RetryLater : ProviderSendOutcome.Rejected, null, answer.Describe());
        }

        var text = $"{code} {message}".Trim();
        return code switch
        {
            200 when !string.IsNullOrEmpty(orderId) => new ProviderSendResult(ProviderSendOutcome.Accepted, orderId, $"{text} {orderId}"),
            200 => new ProviderSendResult(ProviderSendOutcome.RetryLater, null, text + " (no order id)"),
            451 => new ProviderSendResult(ProviderSendOutcome.Duplicate, orderId, text),
            429 or >= 500 => new ProviderSendResult(ProviderSendOutcome.RetryLater, null, text),
            _ => new ProviderSendResult(ProviderSendOutcome.Rejected, null, text),
        };
    }

    private static (int? Code, string? Message, string? OrderId) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("response", out var response))
            {
                return (null, null, null);
            }

            int? code = null;
            string? message = null;
            if (response.TryGetProperty("status", out var status))
            {
                if (status.TryGetProperty("code", out var c))
                {
                    code = c.ValueKind == JsonValueKind.Number ? c.GetInt32()
                        : int.TryParse(c.GetString(), out var parsed) ? parsed : null;
                }

                message = status.TryGetProperty("message", out var m) ? m.GetString() : null;
            }

            string? orderId = null;
            if (response.TryGetProperty("order", out var order) && order.TryGetProperty("id", out var id))
            {
                orderId = id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString();
            }

            return (code, message, orderId);
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }
}
