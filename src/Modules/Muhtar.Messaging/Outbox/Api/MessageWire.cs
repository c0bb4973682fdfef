using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Outbox.Data;

namespace Muhtar.Messaging.Outbox.Api;

/// <summary>A message as the API shows it. Enum values are lower-case names ("sms", "commercial", "delivered").</summary>
internal sealed record MessageResponse(
    Guid Id,
    Guid CustomerId,
    string Channel,
    string Purpose,
    string Status,
    string? Reason,
    string DedupeKey,
    Guid? TemplateId,
    string? Subject,
    string Body,
    string? Source,
    int Attempts,
    int MaxAttempts,
    DateTimeOffset? NextAttemptAt,
    string? Provider,
    string? ProviderMessageId,
    string? LastAnswer,
    string? To,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ReadAt,
    DateTimeOffset? FailedAt,
    DateTimeOffset? BlockedAt,
    DateTimeOffset? CancelledAt)
{
    public static MessageResponse From(OutboxMessage m) => new(
        m.Id, m.CustomerId, MessageWire.Name(m.Channel), MessageWire.Name(m.Purpose), MessageWire.Name(m.Status), m.Reason, m.DedupeKey,
        m.TemplateId, m.Subject, m.Body, m.Source, m.Attempts, m.MaxAttempts,
        m.Status == MessageStatus.Queued ? Utc(m.NextAttemptAt) : null,
        m.ProviderKey, m.ProviderMessageId, m.LastAnswer, m.ToAddress, Utc(m.CreatedAt), Utc(m.SentAt), Utc(m.DeliveredAt), Utc(m.ReadAt),
        Utc(m.FailedAt), Utc(m.BlockedAt), Utc(m.CancelledAt));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}

/// <summary>POST /api/v1/customers/{id}/messages. Either templateId or body (and subject for e-mail).</summary>
internal sealed record SendMessageRequest(
    string? Channel,
    string? Purpose,
    string? Body,
    string? Subject,
    Guid? TemplateId,
    Dictionary<string, string>? Variables,
    string? DedupeKey,
    DateTimeOffset? NotBefore);

/// <summary>A business's sending rules; times are "HH:mm" in the business's time zone.</summary>
internal sealed record OutboxSettingsResponse(bool QuietHoursEnabled, string QuietStart, string QuietEnd, int CapCount, int CapDays, string TimeZone);

internal sealed record OutboxSettingsRequest(bool? QuietHoursEnabled, string? QuietStart, string? QuietEnd, int? CapCount, int? CapDays);

internal sealed record MessageList(IReadOnlyList<MessageResponse> Items, int Page, int PageSize, int Total);

internal static class MessageWire
{
    public static string Name(MessageChannel channel) => channel switch
    {
        MessageChannel.Sms => "sms",
        MessageChannel.WhatsApp => "whatsapp",
        _ => "email",
    };

    public static string Name(MessagePurpose purpose) => purpose == MessagePurpose.Commercial ? "commercial" : "transactional";

    public static string Name(MessageStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryChannel(string? value, out MessageChannel channel)
    {
        channel = default;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "sms":
                channel = MessageChannel.Sms;
                return true;
            case "whatsapp":
                channel = MessageChannel.WhatsApp;
                return true;
            case "email":
                channel = MessageChannel.Email;
                return true;
            default:
                return false;
        }
    }

    public static bool TryPurpose(string? value, out MessagePurpose purpose)
    {
        purpose = MessagePurpose.Transactional;
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "transactional":
                return true;
            case "commercial":
                purpose = MessagePurpose.Commercial;
                return true;
            default:
                return false;
        }
    }

    public static bool TryStatus(string? value, out MessageStatus status) =>
        Enum.TryParse(value?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(value, out _);
}
