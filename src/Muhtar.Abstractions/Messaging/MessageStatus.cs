namespace Muhtar.Abstractions.Messaging;

/// <summary>
/// Where a message is. Delivery only moves forward (Queued → Sent → Delivered → Read); Failed, Blocked and
/// Cancelled are final. A late or replayed report never moves a message backwards.
/// </summary>
public enum MessageStatus
{
    Queued,
    Sent,
    Delivered,
    Read,
    Failed,

    /// <summary>Never handed to a provider: no consent, a refusal, or the frequency cap.</summary>
    Blocked,

    /// <summary>Withdrawn before it was sent (an appointment moved or cancelled).</summary>
    Cancelled,
}
