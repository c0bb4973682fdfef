using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers.Http;

namespace Muhtar.Messaging.Providers.Netgsm;

/// <summary>
/// Netgsm SMS through its REST v2 API: <c>POST {baseUrl}/sms/rest/v2/send</c> with HTTP Basic auth (user code and
/// API password) and a JSON body <c>{ msgheader, encoding, iysfilter, messages: [{ msg, no }] }</c>. The answer is
/// <c>{ code, jobid, description }</c>: 00 (and the older 01/02) mean queued with a job id; 20 text, 30 credentials,
/// 40 sender header, 50/51 İYS account, 70 parameters are refusals; 80 (send limit) and 85 (more than 20 jobs to
/// one number within a minute) and system errors (100/101) clear up on their own, so they are retried.
/// Netgsm has no field for our own reference, so a retry after a lost answer cannot be recognised by Netgsm;
/// the outbox's send ledger is what prevents that.
/// </summary>
internal sealed class NetgsmProvider(ProviderHttp http) : IMessageProvider
{
    public const string ProviderKey = "netgsm";

    public static readonly ProviderDescriptor Descriptor = new(
        ProviderKey,
        MessageChannel.Sms,
        "Netgsm",
        [
            new ProviderSetting("usercode", Required: true, Secret: false),
            new ProviderSetting("password", Required: true, Secret: true),
            new ProviderSetting("msgheader", Required: true, Secret: false),
            new ProviderSetting("iysRecipientType", Required: false, Secret: false, "BIREYSEL", ["BIREYSEL", "TACIR"]),
            new ProviderSetting("appname", Required: false, Secret: false),
            new ProviderSetting("baseUrl", Required: false, Secret: false, "https://api.netgsm.com.tr"),
        ],
        BaseUrlSetting: "baseUrl",
        HasWebhook: false,
        HasReportPolling: false);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Key => ProviderKey;

    public MessageChannel Channel => MessageChannel.Sms;

    /// <summary>Netgsm takes no reference of ours to recognise a repeat by: it would send the SMS twice.</summary>
    public bool RecognisesRepeatedSends => false;

    public async Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object>
        {
            ["msgheader"] = Descriptor.Value(config, "msgheader"),
            ["encoding"] = "TR",
            // İYS filter: 0 = informational (no İYS check); 11 = commercial to individuals, 12 = to merchants.
            ["iysfilter"] = message.Purpose == MessagePurpose.Commercial
                ? Descriptor.Value(config, "iysRecipientType") == "TACIR" ? "12" : "11"
                : "0",
            ["messages"] = new[] { new { msg = message.Body, no = PhoneNumbers.International(message.To) } },
        };
        var appName = Descriptor.Value(config, "appname");
        if (appName.Length > 0)
        {
            payload["appname"] = appName;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Descriptor.BaseUrl(config) + "/sms/rest/v2/send")
        {
            Content = JsonContent.Create(payload, options: Json),
        };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{config.Setting("usercode")}:{config.Setting("password")}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        var answer = await http.SendAsync(ProviderKey, request, cancellationToken);
        return Interpret(answer);
    }

    internal static ProviderSendResult Interpret(ProviderHttpAnswer answer)
    {
        var (code, jobId, description) = ReadAnswer(answer.Body);
        if (answer.Status is null || (code is null && answer.IsTransient))
        {
            return new ProviderSendResult(ProviderSendOutcome.RetryLater, null, answer.Describe());
        }

        if (code is null)
        {
            return new ProviderSendResult(
                answer.IsSuccess ? ProviderSendOutcome.RetryLater : ProviderSendOutcome.Rejected, null, answer.Describe());
        }

        var text = string.Join(' ', new[] { code, jobId, description }.Where(s => !string.IsNullOrEmpty(s)));
        return code switch
        {
            "00" or "01" or "02" when !string.IsNullOrEmpty(jobId) => new ProviderSendResult(ProviderSendOutcome.Accepted, jobId, text),
            "00" or "01" or "02" => new ProviderSendResult(ProviderSendOutcome.RetryLater, null, text + " (no job id)"),
            "80" or "85" or "100" or "101" => new ProviderSendResult(ProviderSendOutcome.RetryLater, null, text),
            _ when answer.Code >= 500 || answer.Code == 429 => new ProviderSendResult(ProviderSendOutcome.RetryLater, null, text),
            _ => new ProviderSendResult(ProviderSendOutcome.Rejected, null, text),
        };
    }

    /// <summary>Reads <c>{ "code": "00", "jobid": "...", "description": "..." }</c>; older plain answers are "00 123456".</summary>
    private static (string? Code, string? JobId, string? Description) ReadAnswer(string body)
    {
        var trimmed = body.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                var root = document.RootElement;
                return (Text(root, "code"), Text(root, "jobid"), Text(root, "description"));
            }
            catch (JsonException)
            {
                return (null, null, null);
            }
        }

        var parts = trimmed.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts[0].Length is >= 2 and <= 3 && parts[0].All(char.IsAsciiDigit)
            ? (parts[0], parts.Length > 1 ? parts[1] : null, null)
            : (null, null, null);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
