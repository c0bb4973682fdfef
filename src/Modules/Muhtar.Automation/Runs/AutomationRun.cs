using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Runs;

internal enum RunStatus
{
    Running,
    Waiting,
    Completed,

    /// <summary>The conditions did not hold; no step ran.</summary>
    Skipped,
    Failed,

    /// <summary>Stopped while waiting because its rule was paused.</summary>
    Cancelled,
}

/// <summary>
/// One run of one rule version for one trigger occurrence. <see cref="RunKey"/> names the occurrence
/// ("event:{job id}", "date:{customer}:{date}", "cron:{tick}:{customer}") and is unique per rule, so
/// redelivered events, repeated scans and other instances never start it twice.
/// </summary>
internal sealed class AutomationRun : ITenantScoped
{
    public const int MaxKeyLength = 160;
    public const int MaxTriggerLength = 300;
    public const int MaxDetailLength = 1000;

    private AutomationRun()
    {
    }

    public AutomationRun(Guid ruleId, Guid ruleVersionId, int version, string runKey, Guid? customerId, string trigger, string? payload, DateTime now)
    {
        Id = Guid.CreateVersion7();
        RuleId = ruleId;
        RuleVersionId = ruleVersionId;
        Version = version;
        RunKey = runKey;
        CustomerId = customerId;
        Trigger = Cut(trigger, MaxTriggerLength);
        Payload = payload;
        Status = RunStatus.Running;
        StartedAt = now;
        TouchedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid RuleId { get; private set; }

    public Guid RuleVersionId { get; private set; }

    public int Version { get; private set; }

    public string RunKey { get; private set; } = "";

    public Guid? CustomerId { get; private set; }

    /// <summary>What started it, for people ("CustomerCreated", "birthDate 2026-05-01", "0 9 * * 1 @ 2026-…").</summary>
    public string Trigger { get; private set; } = "";

    /// <summary>The trigger event's JSON (for event conditions and webhooks), null for dates and schedules.</summary>
    public string? Payload { get; private set; }

    public RunStatus Status { get; private set; }

    /// <summary>The index of the next step to run.</summary>
    public int NextStep { get; private set; }

    public DateTime? WaitingUntil { get; private set; }

    /// <summary>Why it was skipped or failed.</summary>
    public string? Detail { get; private set; }

    public DateTime StartedAt { get; private set; }

    /// <summary>Last progress; a running run untouched for long is resumed by the scanner (its worker died).</summary>
    public DateTime TouchedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public List<AutomationRunStep> Steps { get; private set; } = [];

    public void Skip(string reason, DateTime now) => Finish(RunStatus.Skipped, reason, now);

    public void Fail(string reason, DateTime now) => Finish(RunStatus.Failed, reason, now);

    public void Complete(DateTime now) => Finish(RunStatus.Completed, null, now);

    public void Cancel(string reason, DateTime now) => Finish(RunStatus.Cancelled, reason, now);

    public void Advance(int nextStep, DateTime now)
    {
        NextStep = nextStep;
        TouchedAt = now;
    }

    public void Wait(int nextStep, DateTime until, DateTime now)
    {
        Status = RunStatus.Waiting;
        NextStep = nextStep;
        WaitingUntil = until;
        TouchedAt = now;
    }

    public void Resume(DateTime now)
    {
        Status = RunStatus.Running;
        WaitingUntil = null;
        TouchedAt = now;
    }

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private void Finish(RunStatus status, string? detail, DateTime now)
    {
        Status = status;
        Detail = detail is null ? null : Cut(detail, MaxDetailLength);
        WaitingUntil = null;
        TouchedAt = now;
        FinishedAt = now;
    }
}
