using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Inbound;

/// <summary>
/// POST /api/v1/webhooks/messaging/{webhookKey}: delivery reports and replies pushed by providers. No sign-in: the
/// key in the URL finds the channel (and business), the provider's own check (signature or shared secret) proves
/// the push is real; anything else is 401 and nothing is read. GET on the same URL answers WhatsApp's
/// hub.challenge for the channel's verify token (<see cref="WebhookVerifyToken"/>).
/// </summary>
internal static class MessagingWebhookEndpoints
{
    public const string RateLimitPolicy = "messaging-webhooks";
    public const int MaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddMessagingWebhookRateLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var permits = configuration.GetValue("RateLimiting:MessagingWebhooksPerMinute", 600);
            // Per channel: one business's noisy provider cannot use up another's allowance.
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "webhook:" + context.Request.RouteValues["webhookKey"],
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapMessagingWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(MessagingWebhookRoute.Prefix).WithTags("Messaging webhooks")
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/{webhookKey}", ReceiveAsync).WithName("ReceiveMessagingWebhook")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{webhookKey}", VerifyAsync).WithName("VerifyMessagingWebhook");
        return endpoints;
    }

    private static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> ReceiveAsync(
        string webhookKey, HttpContext http, WebhookChannels channels, IEnumerable<IProviderWebhook> webhooks,
        TenantContext tenant, InboundReceiver inbound, ILoggerFactory loggers, IStringLocalizer<ChannelsResource> text,
        CancellationToken cancellationToken)
    {
        var channel = await channels.FindAsync(webhookKey, cancellationToken);
        var webhook = channel is null ? null : webhooks.FirstOrDefault(w => w.ProviderKey == channel.Config.ProviderKey);
        if (channel is null || webhook is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Webhook.Unknown"]);
        }

        var body = await ReadBodyAsync(http.Request, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: text["Webhook.TooLarge"]);
        }

        if (!webhook.IsAuthentic(http.Request.Headers, http.Request.Query, body, channel.Config))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: text["Webhook.NotAuthentic"]);
        }

        var log = loggers.CreateLogger(typeof(MessagingWebhookEndpoints));
        IReadOnlyList<ProviderEvent> events;
        try
        {
            events = webhook.Parse(body, http.Request.ContentType);
        }
        catch (Exception e) when (e is JsonException or XmlException or FormatException or InvalidOperationException)
        {
            log.LogWarning(e, "Unreadable {Provider} webhook for channel {ChannelId}", channel.Config.ProviderKey, channel.SetupId);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Webhook.Unreadable"]);
        }

        // From here on everything runs as the channel's business.
        tenant.Set(channel.Config.TenantId, null, "webhook:" + channel.Config.ProviderKey);
        var sink = http.RequestServices.GetService<IDeliveryReportSink>();
        int reports = 0, applied = 0, replies = 0, stored = 0;
        foreach (var item in events)
        {
            switch (item)
            {
                case DeliveryReport report:
                    reports++;
                    if (sink is null)
                    {
                        log.LogWarning("No delivery report sink: report for {ProviderMessageId} not applied", report.ProviderMessageId);
                    }
                    else if (await sink.ApplyAsync(channel.Config, report, cancellationToken))
                    {
                        applied++;
                    }

                    break;
                case InboundText reply when channel.Config.Channel != MessageChannel.Email:
                    replies++;
                    if (await inbound.ReceiveAsync(channel, reply, cancellationToken))
                    {
                        stored++;
                    }

                    break;
            }
        }

        return TypedResults.Ok(new WebhookReceipt(reports, applied, replies, stored));
    }

    private static async Task<IResult> VerifyAsync(string webhookKey, HttpRequest request, WebhookChannels channels, IStringLocalizer<ChannelsResource> text,
        CancellationToken cancellationToken)
    {
        // WhatsApp Cloud API subscribes a callback URL by asking it to echo hub.challenge for the agreed verify token.
        var channel = await channels.FindAsync(webhookKey, cancellationToken);
        var mode = request.Query["hub.mode"].ToString();
        var token = request.Query["hub.verify_token"].ToString();
        var challenge = request.Query["hub.challenge"].ToString();
        var matches = channel is { Config.Channel: MessageChannel.WhatsApp }
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(WebhookVerifyToken.For(channel.WebhookKey, channel.Config.WebhookSecret)));
        return mode == "subscribe" && matches && challenge.Length is > 0 and <= 200
            ? Results.Text(challenge, "text/plain")
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: text["Webhook.VerifyFailed"]);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>What a push carried and what of it changed something (replays change nothing).</summary>
internal sealed record WebhookReceipt(int Reports, int ReportsApplied, int Replies, int RepliesStored);
