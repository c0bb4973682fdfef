namespace Muhtar.Abstractions.Messaging;

/// <summary>
/// Commercial messages (campaigns, offers) need a current ONAY for the channel and respect quiet hours and the
/// frequency cap; transactional ones (reminders, receipts, order ready, debt statements) do not.
/// </summary>
public enum MessagePurpose
{
    Transactional,
    Commercial,
}
