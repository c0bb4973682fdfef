using Muhtar.Platform.Tenancy;

namespace Muhtar.Ledger.Book;

/// <summary>
/// When a customer was last reminded (ledger_reminder_states, one row per customer). The unique customer
/// index and the <see cref="Version"/> token make two simultaneous taps conflict, so only one reminder goes out.
/// </summary>
internal sealed class CreditReminderState : ITenantScoped
{
    private CreditReminderState()
    {
    }

    public CreditReminderState(Guid customerId, DateTime sentAt)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        LastSentAt = sentAt;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public DateTime LastSentAt { get; private set; }

    public Guid Version { get; private set; }

    public void Sent(DateTime at)
    {
        LastSentAt = at;
        Version = Guid.NewGuid();
    }
}
