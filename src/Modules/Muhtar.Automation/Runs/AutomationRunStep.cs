using Muhtar.Automation.Rules;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Runs;

internal enum StepOutcome
{
    Done,
    Failed,
    Waiting,

    /// <summary>Not run because the run stopped (paused rule) before it.</summary>
    Skipped,
}

/// <summary>The outcome of one step of a run; a waiting step becomes done when the run continues.</summary>
internal sealed class AutomationRunStep : ITenantScoped
{
    private AutomationRunStep()
    {
    }

    public AutomationRunStep(Guid runId, int index, ActionKind action, StepOutcome outcome, string? detail, DateTime at, DateTime? waitingUntil = null)
    {
        Id = Guid.CreateVersion7();
        RunId = runId;
        Index = index;
        Action = action;
        Set(outcome, detail, at, waitingUntil);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid RunId { get; private set; }

    public int Index { get; private set; }

    public ActionKind Action { get; private set; }

    public StepOutcome Outcome { get; private set; }

    /// <summary>What happened: the message id and status, the task, the failure's reason.</summary>
    public string? Detail { get; private set; }

    public DateTime? WaitingUntil { get; private set; }

    public DateTime At { get; private set; }

    public void Set(StepOutcome outcome, string? detail, DateTime at, DateTime? waitingUntil = null)
    {
        Outcome = outcome;
        Detail = detail is null ? null : AutomationRun.Cut(detail, AutomationRun.MaxDetailLength);
        At = at;
        WaitingUntil = waitingUntil;
    }
}
