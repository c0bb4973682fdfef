using Muhtar.Abstractions.Messaging;

namespace Muhtar.Automation.Rules;

/// <summary>When a rule starts: an event by type name, a customer date, or a cron schedule.</summary>
internal enum TriggerKind
{
    Event,
    Date,
    Schedule,
}

/// <summary>What a step of a rule does.</summary>
internal enum ActionKind
{
    SendTemplate,
    CreateTask,
    AddTag,
    RemoveTag,
    SetField,
    Webhook,
    Wait,
}

/// <summary>How a condition compares; text is compared folded (Turkish casing and diacritics do not matter).</summary>
internal enum ConditionOperator
{
    Equals,
    NotEquals,
    Contains,
    NotContains,
    Empty,
    NotEmpty,
}

/// <summary>
/// The WHEN of a rule. Event: <see cref="EventType"/> (full or short type name, "CustomerTagAdded") and, for a
/// customer update, the <see cref="ChangedField"/> that must be among the changed ones. Date: N
/// <see cref="OffsetDays"/> before (negative) or after a customer date field at <see cref="LocalTime"/> in the
/// business's time zone, every year when <see cref="Yearly"/>. Schedule: a cron expression in the business's time zone.
/// </summary>
internal sealed record RuleTrigger(
    TriggerKind Kind,
    string? EventType = null,
    string? ChangedField = null,
    string? DateField = null,
    int OffsetDays = 0,
    TimeOnly? LocalTime = null,
    bool Yearly = false,
    string? Cron = null);

/// <summary>
/// One IF: <see cref="Source"/> "customer" (fields by API name, "tags", "kind", "cf.&lt;key&gt;") or "event"
/// (a payload member, dotted for nested ones: "tag", "changedFields", "current").
/// </summary>
internal sealed record RuleCondition(string Source, string Field, ConditionOperator Operator, string? Value = null);

/// <summary>One THEN step; only the members its <see cref="Kind"/> uses are set.</summary>
internal sealed record RuleAction(
    ActionKind Kind,
    Guid? TemplateId = null,
    MessageChannel? Channel = null,
    string? Tag = null,
    string? Field = null,
    string? Value = null,
    string? Url = null,
    int? Hours = null,
    string? Title = null,
    Guid? AssigneeUserId = null,
    string? AssigneeRole = null,
    int? DueInDays = null);

/// <summary>A rule's body as one version stores it (JSON).</summary>
internal sealed record RuleDefinition(RuleTrigger Trigger, IReadOnlyList<RuleCondition> Conditions, IReadOnlyList<RuleAction> Actions);
