namespace Muhtar.Abstractions.Messaging;

/// <summary>The answer to queueing: the message's id and state; <paramref name="AlreadyQueued"/> when the dedupe key existed.</summary>
public sealed record QueuedMessage(Guid MessageId, MessageStatus Status, bool AlreadyQueued, string? BlockedReason = null);
