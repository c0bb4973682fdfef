using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Automation.Localization;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Tasks;
using Muhtar.Platform.Data;

namespace Muhtar.Automation.Runs;

/// <summary>Each automation run of a customer ("Otomasyon: Hoş geldin — tamamlandı") on the timeline.</summary>
internal sealed class RunTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<AutomationResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = from r in db.Set<AutomationRun>().AsNoTracking()
                   join rule in db.Set<AutomationRule>().AsNoTracking() on r.RuleId equals rule.Id
                   where r.CustomerId == customerId
                   select new Row { Id = r.Id, StartedAt = r.StartedAt, RuleName = rule.Name, Status = r.Status, Detail = r.Detail, RuleId = r.RuleId };
        return await TimelinePaging.ReadAsync(rows, r => r.StartedAt, ToEntry, before, take, cancellationToken);
    }

    private TimelineEntry ToEntry(Row r) => new(
        "automation-run:" + r.Id.ToString("D"), DateTime.SpecifyKind(r.StartedAt, DateTimeKind.Utc), "automation",
        string.Format(CultureInfo.CurrentCulture, text["Timeline.Run"], r.RuleName, text[$"RunStatus.{r.Status}"]), r.Detail,
        $"/automation/rules/{r.RuleId:D}/runs");

    /// <summary>A member-initialised projection, so the paging's time comparisons translate to SQL.</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }

        public DateTime StartedAt { get; init; }

        public string RuleName { get; init; } = "";

        public RunStatus Status { get; init; }

        public string? Detail { get; init; }

        public Guid RuleId { get; init; }
    }
}

/// <summary>Tasks automations made about a customer, when made and when done.</summary>
internal sealed class TaskTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<AutomationResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<AutomationTask>().AsNoTracking().Where(t => t.CustomerId == customerId);
        return await TimelinePaging.ReadAsync(rows, t => t.CreatedAt, ToEntry, before, take, cancellationToken);
    }

    private TimelineEntry ToEntry(AutomationTask t) => new(
        "automation-task:" + t.Id.ToString("D"), DateTime.SpecifyKind(t.CreatedAt, DateTimeKind.Utc), "task",
        string.Format(CultureInfo.CurrentCulture, text[t.DoneAt is null ? "Timeline.TaskOpen" : "Timeline.TaskDone"], t.Title),
        t.AssigneeRole, "/tasks", t.DoneBy);
}
