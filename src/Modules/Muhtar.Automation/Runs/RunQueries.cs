using Microsoft.EntityFrameworkCore;
using Muhtar.Automation.Rules;
using Muhtar.Platform.Data;

namespace Muhtar.Automation.Runs;

/// <summary>The run log, newest first: per rule and per customer.</summary>
internal sealed class RunQueries(IDbContextFactory<MuhtarDbContext> dbFactory)
{
    public const int MaxTake = 200;

    public async Task<IReadOnlyList<RunResponse>?> ForRuleAsync(Guid ruleId, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<AutomationRule>().AnyAsync(r => r.Id == ruleId && !r.IsDeleted, cancellationToken))
        {
            return null;
        }

        return await ReadAsync(db, db.Set<AutomationRun>().Where(r => r.RuleId == ruleId), take, cancellationToken);
    }

    public async Task<IReadOnlyList<RunResponse>> ForCustomerAsync(Guid customerId, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, db.Set<AutomationRun>().Where(r => r.CustomerId == customerId), take, cancellationToken);
    }

    private static async Task<IReadOnlyList<RunResponse>> ReadAsync(MuhtarDbContext db, IQueryable<AutomationRun> runs, int take, CancellationToken cancellationToken)
    {
        var page = await runs.AsNoTracking().Include(r => r.Steps).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(Math.Clamp(take, 1, MaxTake)).AsSplitQuery().ToListAsync(cancellationToken);
        var ruleIds = page.Select(r => r.RuleId).Distinct().ToList();
        var names = await db.Set<AutomationRule>().AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return page.Select(r => new RunResponse(
            r.Id, r.RuleId, names.GetValueOrDefault(r.RuleId) ?? "", r.Version, r.CustomerId, r.Trigger, RuleService.Wire(r.Status), r.Detail,
            r.StartedAt, r.FinishedAt, r.WaitingUntil,
            r.Steps.OrderBy(s => s.Index).Select(s => new StepResponse(s.Index, RuleService.Wire(s.Action), RuleService.Wire(s.Outcome), s.Detail, s.At, s.WaitingUntil)).ToList()))
            .ToList();
    }
}
