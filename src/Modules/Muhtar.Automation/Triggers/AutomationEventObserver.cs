using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Automation.Localization;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Runs;
using Muhtar.Platform.Data;
using Muhtar.Platform.Events;

namespace Muhtar.Automation.Triggers;

/// <summary>
/// Starts event rules: every published event is matched against the business's enabled rules by type name.
/// The run key is the event's outbox job id, so a redelivered event never runs a rule twice.
/// </summary>
internal sealed class AutomationEventObserver(
    IDbContextFactory<MuhtarDbContext> dbFactory, RunEngine engine, ICustomerFacts customers, IStringLocalizer<AutomationResource> text) : IEventObserver
{
    public async Task ObserveAsync(ObservedEvent e, CancellationToken cancellationToken)
    {
        if (e.Context.TenantId is null)
        {
            return;
        }

        var shortName = KnownEvents.ShortName(e.Type);
        List<(AutomationRule Rule, AutomationRuleVersion Version)> rules;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            rules = await (from r in db.Set<AutomationRule>().AsNoTracking()
                           join v in db.Set<AutomationRuleVersion>().AsNoTracking() on r.CurrentVersionId equals v.Id
                           where r.IsEnabled && r.TriggerKind == TriggerKind.Event && (r.EventType == e.Type || r.EventType == shortName)
                           orderby r.CreatedAt
                           select new ValueTuple<AutomationRule, AutomationRuleVersion>(r, v)).ToListAsync(cancellationToken);
        }

        if (rules.Count == 0)
        {
            return;
        }

        var payload = EventPayloads.Read(e.Type, e.Payload);
        var customerId = EventPayloads.CustomerId(payload);
        var facts = customerId is { } id ? await customers.GetAsync(id, cancellationToken) : null;
        var runKey = $"event:{e.Context.JobId:D}";
        foreach (var (rule, version) in rules)
        {
            var definition = version.Read();
            if (!ChangedFieldMatches(definition.Trigger, e.Type, payload))
            {
                continue;
            }

            var failing = ConditionEvaluator.FirstFailing(definition.Conditions, facts, payload);
            var skip = customerId is not null && facts is null
                ? text["Run.CustomerMissing"].Value
                : failing is null ? null : ConditionText.Describe(failing, text);
            await engine.StartAsync(rule, version, runKey, customerId, shortName, payload.GetRawText(), skip, takeOver: true, cancellationToken);
        }
    }

    /// <summary>"When the e-mail changes": a customer update counts only if that field is among the changed ones.</summary>
    private static bool ChangedFieldMatches(RuleTrigger trigger, string type, System.Text.Json.JsonElement payload) =>
        string.IsNullOrWhiteSpace(trigger.ChangedField)
        || type != KnownEvents.CustomerUpdatedName
        || (ConditionEvaluator.EventValues(payload, "changedFields") ?? []).Contains(trigger.ChangedField, StringComparer.OrdinalIgnoreCase);
}
