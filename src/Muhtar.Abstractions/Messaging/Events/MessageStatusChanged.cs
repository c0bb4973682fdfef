namespace Muhtar.Abstractions.Messaging.Events;

/// <summary>A message moved forward (sent, delivered, read) or ended (failed, blocked, cancelled).</summary>
public sealed record MessageStatusChanged(
    Guid MessageId, Guid CustomerId, MessageChannel Channel, MessageStatus Status, string DedupeKey, DateTime At);
