using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;

namespace Muhtar.Integrations.Webhooks;

/// <summary>One attempt of one delivery; <paramref name="Attempt"/> is the delivery's attempt number overall (1 first).</summary>
internal sealed record DeliverWebhook(Guid DeliveryId, int Attempt);

/// <summary>
/// Makes one attempt: POSTs the stored body with the event, delivery id and signature headers, records the
/// answer, and schedules the next attempt (exponential backoff) on network errors, timeouts, 429 and 5xx
/// until the retry limit, after which the delivery is failed. Each attempt is a job with its own dedupe
/// key, so several app instances make it once; an attempt that is no longer the delivery's next one is ignored.
/// </summary>
internal sealed partial class WebhookSender(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    IHttpClientFactory http,
    TimeProvider time,
    IOptions<WebhookOptions> options,
    ILogger<WebhookSender> log) : IJobHandler<DeliverWebhook>
{
    public const string EventHeader = "Muhtar-Event";
    public const string DeliveryHeader = "Muhtar-Delivery";
    public const string SignatureHeader = "Muhtar-Signature";

    /// <summary>Adds the job of a delivery's next attempt to <paramref name="db"/>'s pending changes.</summary>
    public static void ScheduleFirst(MuhtarDbContext db, WebhookDelivery delivery, DateTime now) =>
        Schedule(db, delivery.Id, delivery.Attempts + 1, now);

    private static void Schedule(MuhtarDbContext db, Guid deliveryId, int attempt, DateTime dueAt) =>
        db.Enqueue(new DeliverWebhook(deliveryId, attempt), dueAt, $"webhook:{deliveryId:N}:{attempt}", maxAttempts: 5);

    public async Task HandleAsync(DeliverWebhook task, JobContext context, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var delivery = await db.Set<WebhookDelivery>().SingleOrDefaultAsync(d => d.Id == task.DeliveryId, cancellationToken);
        if (delivery is null || delivery.Status != WebhookDeliveryStatus.Pending || delivery.Attempts != task.Attempt - 1)
        {
            return; // already made by another worker, redelivered since, or deleted with its webhook
        }

        var secret = delivery.SubscriptionId is { } subscriptionId
            ? await db.Set<WebhookSubscription>().Where(s => s.Id == subscriptionId).Select(s => s.Secret).SingleOrDefaultAsync(cancellationToken)
            : await db.Set<WebhookSigningKey>().Select(k => k.Secret).SingleOrDefaultAsync(cancellationToken);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var outcome = secret is null
            ? new Outcome(null, "No signing secret.", Retry: false, Success: false)
            : await SendAsync(delivery, secret, now, settings, cancellationToken);
        var elapsed = (int)Stopwatch.GetElapsedTime(outcome.Started).TotalMilliseconds;

        var retry = outcome.Retry && delivery.RoundAttempts + 1 < Math.Max(1, settings.MaxAttempts);
        var nextAt = retry ? now.UtcDateTime + Backoff(settings, delivery.RoundAttempts + 1) : (DateTime?)null;
        var status = outcome.Success ? WebhookDeliveryStatus.Succeeded : retry ? WebhookDeliveryStatus.Pending : WebhookDeliveryStatus.Failed;
        delivery.Record(now.UtcDateTime, outcome.StatusCode, outcome.Answer, elapsed, status, nextAt);
        if (nextAt is { } due)
        {
            Schedule(db, delivery.Id, delivery.Attempts + 1, due);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogRaced(log, delivery.Id, task.Attempt); // another worker recorded this attempt first
        }
    }

    /// <summary>1, 2, 4, 8 … times the first delay after the 1st, 2nd, 3rd … failed attempt of a round.</summary>
    public static TimeSpan Backoff(WebhookOptions options, int failedAttempts) =>
        options.FirstRetryDelay * Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 20));

    private async Task<Outcome> SendAsync(WebhookDelivery delivery, string secret, DateTimeOffset now, WebhookOptions settings, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(EventHeader, delivery.EventName);
        request.Headers.TryAddWithoutValidation(DeliveryHeader, delivery.Id.ToString());
        request.Headers.TryAddWithoutValidation(SignatureHeader, WebhookSignature.Header(secret, now.ToUnixTimeSeconds(), delivery.Payload));
        request.Headers.UserAgent.ParseAdd("Muhtar-Webhooks/1.0");

        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.CreateClient(WebhookHttp.ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var answer = await ReadExcerptAsync(response, timeout.Token);
            var code = (int)response.StatusCode;
            return new Outcome(code, answer, Retry: code is 408 or 429 or >= 500, Success: code is >= 200 and < 300) { Started = started };
        }
        catch (HttpRequestException e) when (Refused(e) is { } refused)
        {
            return new Outcome(null, refused.Message, Retry: false, Success: false) { Started = started };
        }
        catch (HttpRequestException e)
        {
            return new Outcome(null, e.Message, Retry: true, Success: false) { Started = started };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome(null, $"No answer within {settings.Timeout.TotalSeconds:0} s.", Retry: true, Success: false) { Started = started };
        }
    }

    private static WebhookAddressRefusedException? Refused(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is WebhookAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static async Task<string> ReadExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[WebhookDelivery.MaxExcerptLength * 4];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length > WebhookDelivery.MaxExcerptLength ? text[..WebhookDelivery.MaxExcerptLength] : text;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} attempt {Attempt} was recorded by another worker")]
    private static partial void LogRaced(ILogger logger, Guid deliveryId, int attempt);

    private sealed record Outcome(int? StatusCode, string? Answer, bool Retry, bool Success)
    {
        public long Started { get; init; } = Stopwatch.GetTimestamp();
    }
}
