namespace Muhtar.Automation.Rules;

/// <summary>The body of POST/PUT /api/v1/automation/rules. Kinds and operators are camelCase names ("sendTemplate").</summary>
internal sealed record RuleRequest(
    string? Name, bool? Enabled, TriggerRequest? Trigger, IReadOnlyList<ConditionRequest>? Conditions, IReadOnlyList<ActionRequest>? Actions);

/// <param name="Kind">"event", "date" or "schedule".</param>
/// <param name="Event">Event type name, short ("CustomerTagAdded") or full.</param>
/// <param name="Time">Local time "HH:mm" for date rules (default 09:00).</param>
internal sealed record TriggerRequest(
    string? Kind, string? Event = null, string? ChangedField = null, string? DateField = null, int? OffsetDays = null,
    string? Time = null, bool? Yearly = null, string? Cron = null);

internal sealed record ConditionRequest(string? Source, string? Field, string? Operator, string? Value = null);

internal sealed record ActionRequest(
    string? Kind, Guid? TemplateId = null, string? Channel = null, string? Tag = null, string? Field = null, string? Value = null,
    string? Url = null, int? Hours = null, string? Title = null, Guid? AssigneeUserId = null, string? AssigneeRole = null, int? DueInDays = null);

internal sealed record RuleResponse(
    Guid Id, string Name, bool Enabled, int Version, TriggerRequest Trigger, IReadOnlyList<ConditionRequest> Conditions,
    IReadOnlyList<ActionRequest> Actions, DateTime CreatedAt, DateTime UpdatedAt, RunSummary? LastRun);

internal sealed record RunSummary(Guid Id, string Status, DateTime StartedAt);

public sealed record RunResponse(
    Guid Id, Guid RuleId, string RuleName, int Version, Guid? CustomerId, string Trigger, string Status, string? Detail,
    DateTime StartedAt, DateTime? FinishedAt, DateTime? WaitingUntil, IReadOnlyList<StepResponse> Steps);

public sealed record StepResponse(int Index, string Action, string Outcome, string? Detail, DateTime At, DateTime? WaitingUntil);
