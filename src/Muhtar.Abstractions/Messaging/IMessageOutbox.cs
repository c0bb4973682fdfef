namespace Muhtar.Abstractions.Messaging;

/// <summary>
/// The one way out for SMS, WhatsApp and e-mail (I4, C7 enforcement). Queued messages are sent by the
/// messaging workers exactly once, after the consent, quiet-hour and frequency checks; a commercial message
/// without a current ONAY is stored as Blocked and never leaves. Scoped to the current business.
/// </summary>
public interface IMessageOutbox
{
    /// <summary>Queues a message; an unknown or foreign customer is a RuleViolation naming "customerId".</summary>
    Task<QueuedMessage> QueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Cancels every message not yet handed to a provider whose dedupe key starts with the prefix; returns how many.</summary>
    Task<int> CancelAsync(string dedupeKeyPrefix, CancellationToken cancellationToken = default);
}
