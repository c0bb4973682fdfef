using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Rules;

/// <summary>
/// An automation rule (M6). Its body lives in versions: editing stores a new <see cref="AutomationRuleVersion"/>
/// and points <see cref="CurrentVersionId"/> at it; runs keep the version they started with. The trigger's
/// kind and event type are copied here so the engine finds the rules of an event with one indexed query.
/// </summary>
internal sealed class AutomationRule : ITenantScoped
{
    public const int MaxNameLength = 120;

    private AutomationRule()
    {
    }

    public AutomationRule(string name, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        IsEnabled = true;
        CreatedAt = now;
        UpdatedAt = now;
        ScannedUntil = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>False while paused: no new runs start and waiting runs stop.</summary>
    public bool IsEnabled { get; private set; }

    public TriggerKind TriggerKind { get; private set; }

    /// <summary>The full type name of the trigger event; null for date and schedule rules.</summary>
    public string? EventType { get; private set; }

    public Guid CurrentVersionId { get; private set; }

    public int Version { get; private set; }

    /// <summary>Date and schedule rules: occurrences up to this instant have been looked at (UTC).</summary>
    public DateTime ScannedUntil { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Deleted rules never run and leave the list; their runs stay in the log.</summary>
    public bool IsDeleted { get; private set; }

    public void Delete(DateTime now)
    {
        IsDeleted = true;
        IsEnabled = false;
        UpdatedAt = now;
    }

    public AutomationRuleVersion NewVersion(string name, RuleDefinition definition, string? eventType, string? author, DateTime now)
    {
        Name = name;
        TriggerKind = definition.Trigger.Kind;
        EventType = eventType;
        Version++;
        UpdatedAt = now;
        var version = new AutomationRuleVersion(Id, Version, definition, author, now);
        CurrentVersionId = version.Id;
        return version;
    }

    public void SetEnabled(bool enabled, DateTime now)
    {
        if (enabled && !IsEnabled)
        {
            // Dates and ticks that passed while paused are not caught up.
            ScannedUntil = now;
        }

        IsEnabled = enabled;
        UpdatedAt = now;
    }

    public void Scanned(DateTime until) => ScannedUntil = until;
}
