using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox.Data;

/// <summary>
/// One message to one customer (messaging_messages). Its <see cref="Id"/> is also the correlation id handed to
/// the provider, so a retry after a crash is recognised as the same message. Body and subject are rendered
/// when the message is queued (what was asked for is what goes out, and is what KVKK export shows); consent,
/// quiet hours, the frequency cap and the address are decided when it is sent.
/// </summary>
internal sealed class OutboxMessage : ITenantScoped
{
    public const int MaxDedupeKeyLength = 300;
    public const int MaxBodyLength = 10_000;
    public const int MaxSubjectLength = 300;
    public const int MaxAnswerLength = 1000;
    public const int DefaultMaxAttempts = 6;

    private OutboxMessage()
    {
    }

    public OutboxMessage(
        Guid customerId, MessageChannel channel, MessagePurpose purpose, string dedupeKey, Guid? templateId,
        string body, string? subject, string? whatsAppTemplate, string? whatsAppParameters, DateTime notBefore, string? source, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Channel = channel;
        Purpose = purpose;
        DedupeKey = dedupeKey;
        TemplateId = templateId;
        Body = body;
        Subject = subject;
        WhatsAppTemplate = whatsAppTemplate;
        WhatsAppParameters = whatsAppParameters;
        NextAttemptAt = notBefore;
        Source = source;
        CreatedAt = now;
        MaxAttempts = DefaultMaxAttempts;
        Status = MessageStatus.Queued;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public MessageChannel Channel { get; private set; }

    public MessagePurpose Purpose { get; private set; }

    public string DedupeKey { get; private set; } = "";

    public Guid? TemplateId { get; private set; }

    public string Body { get; private set; } = "";

    public string? Subject { get; private set; }

    public string? WhatsAppTemplate { get; private set; }

    /// <summary>JSON array of the WhatsApp template's body parameters.</summary>
    public string? WhatsAppParameters { get; private set; }

    public MessageStatus Status { get; private set; }

    /// <summary>Why it was blocked or failed, as a stable key ("no-consent", "refused", "frequency-cap", "rejected", "attempts-exhausted"...).</summary>
    public string? Reason { get; private set; }

    public int Attempts { get; private set; }

    public int MaxAttempts { get; private set; }

    /// <summary>When a worker may take it next (UTC): NotBefore, the end of quiet hours, or after a backoff.</summary>
    public DateTime NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public string? ProviderKey { get; private set; }

    public string? ProviderMessageId { get; private set; }

    /// <summary>The provider's last answer as text ("00 123456", "HTTP 429"), for admins.</summary>
    public string? LastAnswer { get; private set; }

    /// <summary>The phone or e-mail address it was handed over for (set at send time).</summary>
    public string? ToAddress { get; private set; }

    public string? Source { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public DateTime? FailedAt { get; private set; }

    public DateTime? BlockedAt { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    /// <summary>
    /// Set when the message is handed to a provider and cleared when the provider's answer is booked. Still set
    /// on a queued message means a worker died mid-call: the message may have gone out, so it can no longer be
    /// cancelled, and the next try reuses the correlation id (the provider answers Duplicate).
    /// </summary>
    public DateTime? HandedOverAt { get; private set; }

    /// <summary>Last time a delivery report was asked for by polling.</summary>
    public DateTime? PolledAt { get; private set; }

    /// <summary>Blocked at queue time (a commercial message without a current ONAY).</summary>
    public void Block(string reason, DateTime now)
    {
        Status = MessageStatus.Blocked;
        Reason = reason;
        BlockedAt = now;
    }
}
