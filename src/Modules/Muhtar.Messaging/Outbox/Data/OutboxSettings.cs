using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox.Data;

/// <summary>
/// A business's sending rules (messaging_outbox_settings): quiet hours in its own time zone, when commercial
/// messages wait, and the per-customer frequency cap for commercial messages. Absent means the defaults.
/// </summary>
internal sealed class OutboxSettings : ITenantScoped
{
    public static readonly TimeOnly DefaultQuietStart = new(20, 0);
    public static readonly TimeOnly DefaultQuietEnd = new(9, 0);
    public const int DefaultCapCount = 2;
    public const int DefaultCapDays = 7;

    private OutboxSettings()
    {
    }

    public OutboxSettings(Guid tenantId) => TenantId = tenantId;

    public Guid TenantId { get; private set; }

    public bool QuietHoursEnabled { get; set; } = true;

    public TimeOnly QuietStart { get; set; } = DefaultQuietStart;

    public TimeOnly QuietEnd { get; set; } = DefaultQuietEnd;

    /// <summary>Commercial messages per customer per <see cref="CapDays"/>; 0 switches the cap off.</summary>
    public int CapCount { get; set; } = DefaultCapCount;

    public int CapDays { get; set; } = DefaultCapDays;

    public static OutboxSettings Defaults(Guid tenantId) => new(tenantId);
}
