using Muhtar.Platform.Tenancy;

namespace Muhtar.Ledger.Settings;

/// <summary>The business's credit-book settings (ledger_settings, at most one row per business; none means the defaults).</summary>
internal sealed class CreditBookSettings : ITenantScoped
{
    public const int DefaultReminderIntervalDays = 7;

    private CreditBookSettings()
    {
    }

    public CreditBookSettings(int reminderIntervalDays, DateTime updatedAt)
    {
        Id = Guid.CreateVersion7();
        ReminderIntervalDays = reminderIntervalDays;
        UpdatedAt = updatedAt;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The least number of days between two debt reminders to the same customer.</summary>
    public int ReminderIntervalDays { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Change(int reminderIntervalDays, DateTime at)
    {
        ReminderIntervalDays = reminderIntervalDays;
        UpdatedAt = at;
    }
}
