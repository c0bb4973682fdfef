using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers.Http;

namespace Muhtar.Messaging.Providers.Smtp;

/// <summary>
/// E-mail over SMTP with MailKit. The Message-Id is made from the correlation id
/// (<c>&lt;{correlation:N}@{sender domain}&gt;</c>) and repeated in <c>X-Muhtar-Correlation-Id</c>, so a retry of the
/// same message carries the same id and mail systems and people can tell it is the same message.
/// SMTP 4xx replies, dropped connections and timeouts are retried; 5xx replies, failed log-in and TLS set-up
/// errors are refusals (they need an admin, not another try).
/// </summary>
internal sealed class SmtpEmailProvider(IOptions<ProviderHttpOptions> options, ILogger<SmtpEmailProvider> logger) : IMessageProvider
{
    public const string ProviderKey = "smtp";

    public static readonly ProviderDescriptor Descriptor = new(
        ProviderKey,
        MessageChannel.Email,
        "SMTP",
        [
            new ProviderSetting("host", Required: true, Secret: false),
            new ProviderSetting("port", Required: false, Secret: false, "587"),
            new ProviderSetting("security", Required: false, Secret: false, "starttls", ["starttls", "ssl", "auto", "none"]),
            new ProviderSetting("username", Required: false, Secret: false),
            new ProviderSetting("password", Required: false, Secret: true),
            new ProviderSetting("fromAddress", Required: true, Secret: false),
            new ProviderSetting("fromName", Required: false, Secret: false),
        ],
        BaseUrlSetting: null,
        HasWebhook: false,
        HasReportPolling: false);

    public string Key => ProviderKey;

    public MessageChannel Channel => MessageChannel.Email;

    /// <summary>SMTP servers deliver a repeated mail again.</summary>
    public bool RecognisesRepeatedSends => false;

    /// <summary>The Message-Id (without angle brackets) a message with this correlation id is sent with.</summary>
    public static string MessageIdFor(Guid correlationId, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..].Trim() : "muhtar.local";
        return $"{correlationId:N}@{domain}";
    }

    public async Task<ProviderSendResult> SendAsync(ProviderMessage message, ChannelConfig config, CancellationToken cancellationToken)
    {
        var fromAddress = Descriptor.Value(config, "fromAddress");
        MimeMessage mime;
        try
        {
            mime = Build(message, fromAddress, Descriptor.Value(config, "fromName"));
        }
        catch (ParseException e)
        {
            return new ProviderSendResult(ProviderSendOutcome.Rejected, null, "invalid address: " + e.Message);
        }

        if (!int.TryParse(Descriptor.Value(config, "port"), out var port) || port is < 1 or > 65535)
        {
            return new ProviderSendResult(ProviderSendOutcome.Rejected, null, "invalid port");
        }

        var security = Descriptor.Value(config, "security") switch
        {
            "ssl" => SecureSocketOptions.SslOnConnect,
            "none" => SecureSocketOptions.None,
            "auto" => SecureSocketOptions.Auto,
            _ => SecureSocketOptions.StartTls,
        };

        var timeout = options.Value.Timeout;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(Descriptor.Value(config, "host"), port, security, timer.Token);
            var user = Descriptor.Value(config, "username");
            if (user.Length > 0)
            {
                await client.AuthenticateAsync(user, config.Setting("password"), timer.Token);
            }

            var reply = await client.SendAsync(mime, timer.Token);
            await client.DisconnectAsync(quit: true, timer.Token);
            return new ProviderSendResult(ProviderSendOutcome.Accepted, mime.MessageId, string.IsNullOrWhiteSpace(reply) ? "250 OK" : reply.Trim());
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Whichever fires first, MailKit's own read timeout or our timer, it is the same silence.
            logger.LogWarning("SMTP server did not answer within {Timeout}", timeout);
            return new ProviderSendResult(ProviderSendOutcome.RetryLater, null, $"timeout: no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            logger.LogInformation("SMTP server refused a command with {Code} ({Error})", code, e.ErrorCode);
            var outcome = code is >= 400 and < 500 ? ProviderSendOutcome.RetryLater : ProviderSendOutcome.Rejected;
            return new ProviderSendResult(outcome, null, $"{code} {e.Message}");
        }
        catch (AuthenticationException e)
        {
            logger.LogWarning("SMTP log-in was refused");
            return new ProviderSendResult(ProviderSendOutcome.Rejected, null, "authentication failed: " + e.Message);
        }
        catch (SslHandshakeException e)
        {
            logger.LogWarning("SMTP TLS handshake failed");
            return new ProviderSendResult(ProviderSendOutcome.Rejected, null, "TLS failed: " + e.Message);
        }
        catch (NotSupportedException e)
        {
            return new ProviderSendResult(ProviderSendOutcome.Rejected, null, "not supported by the server: " + e.Message);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException or CommandException)
        {
            logger.LogWarning("SMTP server could not be reached or dropped the connection: {Error}", e.GetType().Name);
            return new ProviderSendResult(ProviderSendOutcome.RetryLater, null, "connection failed: " + e.Message);
        }
    }

    private static MimeMessage Build(ProviderMessage message, string fromAddress, string fromName)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(fromName, fromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject ?? "";
        mime.MessageId = MessageIdFor(message.CorrelationId, fromAddress);
        mime.Headers.Add("X-Muhtar-Correlation-Id", message.CorrelationId.ToString());
        var body = new BodyBuilder();
        var text = message.Body.TrimStart();
        if (text.StartsWith('<') && text.Contains("</", StringComparison.Ordinal))
        {
            body.HtmlBody = message.Body;
        }
        else
        {
            body.TextBody = message.Body;
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
