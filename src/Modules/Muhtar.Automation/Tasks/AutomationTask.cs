using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Tasks;

/// <summary>
/// A to-do an automation made for a user or for everyone with a role ("call this customer back").
/// Unique per (run, step), so a step that runs again never makes a second task.
/// </summary>
internal sealed class AutomationTask : ITenantScoped
{
    public const int MaxTitleLength = 200;

    private AutomationTask()
    {
    }

    public AutomationTask(string title, Guid? customerId, Guid? assigneeUserId, string? assigneeRole, DateTime? dueAt, Guid runId, int step, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Title = title.Length <= MaxTitleLength ? title : title[..MaxTitleLength];
        CustomerId = customerId;
        AssigneeUserId = assigneeUserId;
        AssigneeRole = assigneeRole;
        DueAt = dueAt;
        RunId = runId;
        Step = step;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Title { get; private set; } = "";

    public Guid? CustomerId { get; private set; }

    public Guid? AssigneeUserId { get; private set; }

    public string? AssigneeRole { get; private set; }

    public DateTime? DueAt { get; private set; }

    public Guid RunId { get; private set; }

    public int Step { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? DoneAt { get; private set; }

    public string? DoneBy { get; private set; }

    public bool MarkDone(string? by, DateTime now)
    {
        if (DoneAt is not null)
        {
            return false;
        }

        DoneAt = now;
        DoneBy = by;
        return true;
    }
}
