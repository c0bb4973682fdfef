using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Automation.Rules;
using Muhtar.Platform.Data;

namespace Muhtar.Automation.Runs;

/// <summary>
/// KVKK: a run keeps the JSON of the event that started it (a tag's text, a reply's phone number and words) and
/// why it stopped, and a date run's trigger and key carry the day derived from the person's birth date. The
/// export lists the person's runs; erasure drops the payload, blanks reasons and the derived day, and keeps rule,
/// status and times, so the run log still counts what ran when.
/// </summary>
internal sealed class RunPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public const string Erased = "—";

    public string Name => "automationRuns";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from r in Runs(db, customerId).AsNoTracking()
                          join rule in db.Set<AutomationRule>().AsNoTracking() on r.RuleId equals rule.Id
                          orderby r.StartedAt
                          select new { Rule = rule.Name, r.Trigger, r.Status, r.StartedAt, r.FinishedAt, r.Detail, r.Payload })
            .ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows.Select(r => new
        {
            r.Rule,
            r.Trigger,
            Status = r.Status.ToString().ToLowerInvariant(),
            StartedAt = DateTime.SpecifyKind(r.StartedAt, DateTimeKind.Utc),
            FinishedAt = r.FinishedAt is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : (DateTime?)null,
            r.Detail,
            Event = r.Payload,
        }).ToList();
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var runs = Runs(db, customerId);
        var ids = await runs.Select(r => r.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return;
        }

        await db.Set<AutomationRun>().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Payload, (string?)null)
            .SetProperty(r => r.Detail, r => r.Detail == null ? null : Erased), cancellationToken);
        // A failed step's reason may quote the data that broke it; other steps name only what the rule did.
        await db.Set<AutomationRunStep>().Where(s => ids.Contains(s.RunId) && s.Outcome == StepOutcome.Failed && s.Detail != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Detail, Erased), cancellationToken);

        // "birthDate 2026-05-01" and "date:{customer}:2026-05-01": the day gives the birthday away. The key stays
        // unique per run; the person has no date left to start another run for that day.
        var dated = await db.Set<AutomationRun>().AsNoTracking().Where(r => ids.Contains(r.Id) && r.RunKey.StartsWith("date:"))
            .Select(r => new { r.Id, r.Trigger }).ToListAsync(cancellationToken);
        foreach (var run in dated)
        {
            var field = run.Trigger.Split(' ', 2)[0];
            var key = $"date:{customerId:D}:erased:{run.Id:N}";
            await db.Set<AutomationRun>().Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Trigger, field)
                .SetProperty(r => r.RunKey, key), cancellationToken);
        }
    }

    /// <summary>Runs about the person: theirs, and any whose event names them (a run of a merge names both sides).</summary>
    private static IQueryable<AutomationRun> Runs(DbContext db, Guid customerId)
    {
        var id = customerId.ToString("D");
        return db.Set<AutomationRun>().Where(r => r.CustomerId == customerId || (r.Payload != null && r.Payload.Contains(id)));
    }
}
