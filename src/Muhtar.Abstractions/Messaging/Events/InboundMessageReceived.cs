namespace Muhtar.Abstractions.Messaging.Events;

/// <summary>
/// A customer wrote back by SMS or WhatsApp. <paramref name="CustomerId"/> is null when the sender is unknown;
/// <paramref name="IsOptOut"/> when the text was a "STOP"/"İPTAL"-style refusal (already recorded as RET).
/// </summary>
public sealed record InboundMessageReceived(
    Guid MessageId, Guid? CustomerId, MessageChannel Channel, string From, string Text, bool IsOptOut, Guid? InReplyTo, DateTime At);
