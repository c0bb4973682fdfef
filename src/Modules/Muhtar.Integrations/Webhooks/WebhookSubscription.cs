using System.Security.Cryptography;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Integrations.Webhooks;

/// <summary>
/// A business's outgoing webhook: where to POST which events, signed with a secret only we and the
/// receiver know. The secret is shown once when made or rotated.
/// </summary>
internal sealed class WebhookSubscription : ITenantScoped
{
    public const int MaxDescriptionLength = 200;

    private WebhookSubscription()
    {
    }

    public WebhookSubscription(string url, string? description, IReadOnlyCollection<string> events, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Url = url;
        Description = description;
        Events = string.Join(',', events);
        Secret = NewSecret();
        Enabled = true;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Url { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Public event names, comma separated.</summary>
    public string Events { get; private set; } = "";

    public string Secret { get; private set; } = "";

    public bool Enabled { get; set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void SetEvents(IEnumerable<string> events) => Events = string.Join(',', events);

    public string RotateSecret()
    {
        Secret = NewSecret();
        return Secret;
    }

    /// <summary>"whsec_" and 32 random bytes in hex; the HMAC key is this whole string's UTF-8 bytes.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

/// <summary>The business's own signing secret for webhook calls its automations make (one per business, made on first use).</summary>
internal sealed class WebhookSigningKey : ITenantScoped
{
    private WebhookSigningKey()
    {
    }

    public WebhookSigningKey(DateTime now)
    {
        Id = Guid.CreateVersion7();
        Secret = WebhookSubscription.NewSecret();
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Secret { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public string Rotate()
    {
        Secret = WebhookSubscription.NewSecret();
        return Secret;
    }
}

internal enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>
/// One event (or automation call) to one URL. Its id is the Muhtar-Delivery header, the same on every
/// attempt, so a receiver can drop repeats. Retried with backoff on network errors, timeouts, 429 and 5xx.
/// </summary>
internal sealed class WebhookDelivery : ITenantScoped
{
    public const int MaxExcerptLength = 500;

    private WebhookDelivery()
    {
    }

    public WebhookDelivery(Guid? subscriptionId, string url, string eventName, string payload, string dedupeKey, DateTime now)
    {
        Id = Guid.CreateVersion7();
        SubscriptionId = subscriptionId;
        Url = url;
        EventName = eventName;
        Payload = payload;
        DedupeKey = dedupeKey;
        Status = WebhookDeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>Null for calls automations queue through IOutgoingWebhooks (signed with the business's key).</summary>
    public Guid? SubscriptionId { get; private set; }

    public string Url { get; private set; } = "";

    public string EventName { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public string DedupeKey { get; private set; } = "";

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts ever made (a concurrency token: two workers never both record the same attempt).</summary>
    public int Attempts { get; private set; }

    /// <summary>Attempts since it was queued or last redelivered; bounded by the retry limit.</summary>
    public int RoundAttempts { get; private set; }

    public DateTime? NextAttemptAt { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    /// <summary>The start of the receiver's answer, or what went wrong before it answered.</summary>
    public string? LastResponse { get; private set; }

    public int? LastDurationMs { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public void Record(DateTime at, int? statusCode, string? response, int durationMs, WebhookDeliveryStatus status, DateTime? nextAttemptAt)
    {
        Attempts++;
        RoundAttempts++;
        LastAttemptAt = at;
        LastStatusCode = statusCode;
        LastResponse = response is { Length: > MaxExcerptLength } ? response[..MaxExcerptLength] : response;
        LastDurationMs = durationMs;
        Status = status;
        NextAttemptAt = nextAttemptAt;
    }

    /// <summary>Starts a new round of attempts (manual redeliver).</summary>
    public void Redeliver(DateTime now)
    {
        Status = WebhookDeliveryStatus.Pending;
        RoundAttempts = 0;
        NextAttemptAt = now;
    }
}
