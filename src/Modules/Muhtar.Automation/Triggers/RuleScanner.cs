using System.Globalization;
using Cronos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Automation.Localization;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Runs;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Triggers;

/// <summary>
/// Date and schedule rules of the current business: everything that came due since the rule was last
/// scanned (at most <see cref="MaxCatchUp"/> back) starts its run. Run keys name the occurrence
/// ("date:{customer}:{date}", "cron:{tick}:{customer}"), so overlapping scans and instances start each once.
/// </summary>
internal sealed class RuleScanner(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    RunEngine engine,
    ICustomerFacts customers,
    ITenantContext tenant,
    IStringLocalizer<AutomationResource> text)
{
    /// <summary>After a long outage only this much of the past is caught up.</summary>
    public static readonly TimeSpan MaxCatchUp = TimeSpan.FromDays(7);

    public static readonly TimeOnly DefaultTime = new(9, 0);

    public async Task ScanAsync(DateTime now, CancellationToken cancellationToken)
    {
        List<(AutomationRule Rule, AutomationRuleVersion Version)> rules;
        TimeZoneInfo zone;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            rules = await (from r in db.Set<AutomationRule>().AsNoTracking()
                           join v in db.Set<AutomationRuleVersion>().AsNoTracking() on r.CurrentVersionId equals v.Id
                           where r.IsEnabled && r.TriggerKind != TriggerKind.Event && r.ScannedUntil < now
                           orderby r.CreatedAt
                           select new ValueTuple<AutomationRule, AutomationRuleVersion>(r, v)).ToListAsync(cancellationToken);
            var zoneId = await db.Set<Tenant>().Where(t => t.Id == tenant.TenantId).Select(t => t.TimeZone).FirstOrDefaultAsync(cancellationToken);
            zone = DateOccurrences.Zone(zoneId);
        }

        foreach (var (rule, version) in rules)
        {
            var from = rule.ScannedUntil > now - MaxCatchUp ? rule.ScannedUntil : now - MaxCatchUp;
            var definition = version.Read();
            if (definition.Trigger.Kind == TriggerKind.Date)
            {
                await ScanDatesAsync(rule, version, definition, zone, from, now, cancellationToken);
            }
            else
            {
                await ScanScheduleAsync(rule, version, definition, zone, from, now, cancellationToken);
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Set<AutomationRule>().Where(r => r.Id == rule.Id && r.ScannedUntil < now)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ScannedUntil, now), cancellationToken);
        }
    }

    /// <summary>Runs whose worker died mid-way (untouched for <see cref="RunEngine.StaleAfter"/>) carry on.</summary>
    public async Task RecoverStaleAsync(DateTime now, CancellationToken cancellationToken)
    {
        List<Guid> stale;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var before = now - RunEngine.StaleAfter;
            stale = await db.Set<AutomationRun>().Where(r => r.Status == RunStatus.Running && r.TouchedAt < before)
                .OrderBy(r => r.TouchedAt).Select(r => r.Id).Take(100).ToListAsync(cancellationToken);
        }

        foreach (var id in stale)
        {
            await engine.ContinueAsync(id, cancellationToken);
        }
    }

    private async Task ScanDatesAsync(
        AutomationRule rule, AutomationRuleVersion version, RuleDefinition definition, TimeZoneInfo zone, DateTime from, DateTime to,
        CancellationToken cancellationToken)
    {
        var trigger = definition.Trigger;
        var at = trigger.LocalTime ?? DefaultTime;
        if (!DateOccurrences.CrossesLocalTime(at, zone, from, to))
        {
            return;
        }

        IReadOnlyList<CustomerDateValue> dates;
        try
        {
            dates = await customers.ListDatesAsync(trigger.DateField ?? "birthDate", cancellationToken);
        }
        catch (RuleViolation)
        {
            // The custom date field was deleted or changed type after the rule was saved: nothing can be due.
            return;
        }

        foreach (var date in dates)
        {
            foreach (var occurrence in DateOccurrences.Between(date.Date, trigger.Yearly, trigger.OffsetDays, at, zone, from, to))
            {
                var facts = await customers.GetAsync(date.CustomerId, cancellationToken);
                var failing = ConditionEvaluator.FirstFailing(definition.Conditions, facts, null);
                var day = occurrence.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await engine.StartAsync(
                    rule, version, $"date:{date.CustomerId:D}:{day}", date.CustomerId, $"{trigger.DateField} {day}", null,
                    failing is null ? null : ConditionText.Describe(failing, text), takeOver: false, cancellationToken);
            }
        }
    }

    private async Task ScanScheduleAsync(
        AutomationRule rule, AutomationRuleVersion version, RuleDefinition definition, TimeZoneInfo zone, DateTime from, DateTime to,
        CancellationToken cancellationToken)
    {
        var cron = CronExpression.Parse(definition.Trigger.Cron!);
        var ticks = cron.GetOccurrences(from, to, zone, fromInclusive: false, toInclusive: true).ToList();
        if (ticks.Count == 0)
        {
            return;
        }

        var ids = await customers.ListActiveIdsAsync(cancellationToken);
        foreach (var tick in ticks)
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"{definition.Trigger.Cron} @ {tick:yyyy-MM-ddTHH:mm}Z");
            foreach (var id in ids)
            {
                var facts = await customers.GetAsync(id, cancellationToken);
                if (ConditionEvaluator.FirstFailing(definition.Conditions, facts, null) is not null)
                {
                    // A schedule walks every customer: only those the conditions pick get a run.
                    continue;
                }

                await engine.StartAsync(
                    rule, version, string.Create(CultureInfo.InvariantCulture, $"cron:{tick:yyyyMMddTHHmm}:{id:D}"), id, label, null,
                    null, takeOver: false, cancellationToken);
            }
        }
    }
}
