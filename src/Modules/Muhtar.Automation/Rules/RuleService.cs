using System.Globalization;
using Cronos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Messaging;
using Muhtar.Automation.Localization;
using Muhtar.Automation.Runs;
using Muhtar.Automation.Triggers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Automation.Rules;

/// <summary>
/// Rules of the current business: list, read, create, edit (a new version each time), pause/resume, delete.
/// Bad input is a <see cref="RuleViolation"/> naming the field as the API spells it ("actions[1].templateId").
/// </summary>
internal sealed class RuleService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    IServiceProvider services,
    IStringLocalizer<AutomationResource> text)
{
    public const int MaxActions = 20;
    public const int MaxConditions = 20;
    public const int MaxWaitHours = 24 * 366;

    public static readonly IReadOnlyList<string> StandardFields =
        ["kind", "firstName", "lastName", "companyName", "phone", "email", "gender", "birthDate", "cardNumber"];

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<RuleResponse>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from r in db.Set<AutomationRule>().AsNoTracking()
                          join v in db.Set<AutomationRuleVersion>().AsNoTracking() on r.CurrentVersionId equals v.Id
                          where !r.IsDeleted
                          orderby r.Name
                          select new { Rule = r, Version = v }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Rule.Id).ToList();
        var last = (await db.Set<AutomationRun>().AsNoTracking().Where(x => ids.Contains(x.RuleId))
                .GroupBy(x => x.RuleId).Select(g => g.OrderByDescending(x => x.StartedAt).First()).ToListAsync(cancellationToken))
            .ToDictionary(x => x.RuleId);
        return rows.Select(r => ToResponse(r.Rule, r.Version, last.GetValueOrDefault(r.Rule.Id))).ToList();
    }

    public async Task<RuleResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.Set<AutomationRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && !r.IsDeleted, cancellationToken);
        if (rule is null)
        {
            return null;
        }

        var version = await db.Set<AutomationRuleVersion>().AsNoTracking().FirstAsync(v => v.Id == rule.CurrentVersionId, cancellationToken);
        var last = await db.Set<AutomationRun>().AsNoTracking().Where(x => x.RuleId == id).OrderByDescending(x => x.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return ToResponse(rule, version, last);
    }

    public async Task<RuleResponse> CreateAsync(RuleRequest request, CancellationToken cancellationToken = default)
    {
        var (name, definition) = await ValidateAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = new AutomationRule(name, Now);
        var version = rule.NewVersion(name, definition, EventTypeOf(definition), tenant.ActorName, Now);
        if (request.Enabled == false)
        {
            rule.SetEnabled(false, Now);
        }

        db.Add(rule);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(rule, version, null);
    }

    /// <summary>Saves the request as the rule's next version; runs already started keep theirs.</summary>
    public async Task<RuleResponse?> UpdateAsync(Guid id, RuleRequest request, CancellationToken cancellationToken = default)
    {
        var (name, definition) = await ValidateAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.Set<AutomationRule>().FirstOrDefaultAsync(r => r.Id == id && !r.IsDeleted, cancellationToken);
        if (rule is null)
        {
            return null;
        }

        var version = rule.NewVersion(name, definition, EventTypeOf(definition), tenant.ActorName, Now);
        if (request.Enabled is { } enabled)
        {
            rule.SetEnabled(enabled, Now);
        }

        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<RuleResponse?> SetEnabledAsync(Guid id, bool enabled, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var rule = await db.Set<AutomationRule>().FirstOrDefaultAsync(r => r.Id == id && !r.IsDeleted, cancellationToken);
            if (rule is null)
            {
                return null;
            }

            rule.SetEnabled(enabled, Now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.Set<AutomationRule>().FirstOrDefaultAsync(r => r.Id == id && !r.IsDeleted, cancellationToken);
        if (rule is null)
        {
            return false;
        }

        rule.Delete(Now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static RuleResponse ToResponse(AutomationRule rule, AutomationRuleVersion version, AutomationRun? last)
    {
        var d = version.Read();
        var t = d.Trigger;
        var trigger = new TriggerRequest(
            Wire(t.Kind), t.EventType, t.ChangedField, t.DateField, t.Kind == TriggerKind.Date ? t.OffsetDays : null,
            t.LocalTime?.ToString("HH:mm", CultureInfo.InvariantCulture), t.Kind == TriggerKind.Date ? t.Yearly : null, t.Cron);
        var conditions = d.Conditions.Select(c => new ConditionRequest(c.Source, c.Field, Wire(c.Operator), c.Value)).ToList();
        var actions = d.Actions.Select(a => new ActionRequest(
            Wire(a.Kind), a.TemplateId, a.Channel is { } ch ? Wire(ch) : null, a.Tag, a.Field, a.Value, a.Url, a.Hours, a.Title,
            a.AssigneeUserId, a.AssigneeRole, a.DueInDays)).ToList();
        return new RuleResponse(rule.Id, rule.Name, rule.IsEnabled, rule.Version, trigger, conditions, actions, rule.CreatedAt, rule.UpdatedAt,
            last is null ? null : new RunSummary(last.Id, Wire(last.Status), last.StartedAt));
    }

    public static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string? EventTypeOf(RuleDefinition definition) =>
        definition.Trigger.Kind == TriggerKind.Event ? definition.Trigger.EventType : null;

    private async Task<(string Name, RuleDefinition Definition)> ValidateAsync(RuleRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new RuleViolation("name", text["Validation.NameRequired"]);
        }

        if (name.Length > AutomationRule.MaxNameLength)
        {
            throw new RuleViolation("name", text["Validation.TooLong", AutomationRule.MaxNameLength]);
        }

        var trigger = ReadTrigger(request.Trigger);
        var conditions = (request.Conditions ?? []).Select((c, i) => ReadCondition(c, $"conditions[{i}].", trigger.Kind)).ToList();
        if (conditions.Count > MaxConditions)
        {
            throw new RuleViolation("conditions", text["Validation.TooMany", MaxConditions]);
        }

        var actionRequests = request.Actions ?? [];
        if (actionRequests.Count == 0)
        {
            throw new RuleViolation("actions", text["Validation.ActionsRequired"]);
        }

        if (actionRequests.Count > MaxActions)
        {
            throw new RuleViolation("actions", text["Validation.TooMany", MaxActions]);
        }

        var actions = new List<RuleAction>();
        for (var i = 0; i < actionRequests.Count; i++)
        {
            actions.Add(await ReadActionAsync(actionRequests[i], $"actions[{i}].", cancellationToken));
        }

        return (name, new RuleDefinition(trigger, conditions, actions));
    }

    private RuleTrigger ReadTrigger(TriggerRequest? request)
    {
        if (request is null || !TryEnum<TriggerKind>(request.Kind, out var kind))
        {
            throw new RuleViolation("trigger.kind", text["Validation.TriggerKind"]);
        }

        switch (kind)
        {
            case TriggerKind.Event:
                if (string.IsNullOrWhiteSpace(request.Event) || request.Event.Trim().Length > 300)
                {
                    throw new RuleViolation("trigger.event", text["Validation.EventRequired"]);
                }

                var changed = string.IsNullOrWhiteSpace(request.ChangedField) ? null : request.ChangedField.Trim();
                return new RuleTrigger(kind, KnownEvents.Resolve(request.Event), ChangedField: changed);
            case TriggerKind.Date:
                var field = request.DateField?.Trim() ?? "";
                if (field != "birthDate" && !(field.StartsWith("cf.", StringComparison.Ordinal) && field.Length > 3))
                {
                    throw new RuleViolation("trigger.dateField", text["Validation.DateField"]);
                }

                var offset = request.OffsetDays ?? 0;
                if (Math.Abs(offset) > 366)
                {
                    throw new RuleViolation("trigger.offsetDays", text["Validation.OffsetDays"]);
                }

                var at = RuleScanner.DefaultTime;
                if (request.Time is not null
                    && !TimeOnly.TryParseExact(request.Time.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
                {
                    throw new RuleViolation("trigger.time", text["Validation.Time"]);
                }

                return new RuleTrigger(kind, DateField: field, OffsetDays: offset, LocalTime: at, Yearly: request.Yearly ?? field == "birthDate");
            default:
                var cron = request.Cron?.Trim() ?? "";
                try
                {
                    CronExpression.Parse(cron);
                }
                catch (CronFormatException)
                {
                    throw new RuleViolation("trigger.cron", text["Validation.Cron"]);
                }

                return new RuleTrigger(kind, Cron: cron);
        }
    }

    private RuleCondition ReadCondition(ConditionRequest request, string prefix, TriggerKind trigger)
    {
        var source = request.Source?.Trim().ToLowerInvariant() ?? ConditionEvaluator.CustomerSource;
        if (source is not (ConditionEvaluator.CustomerSource or ConditionEvaluator.EventSource)
            || (source == ConditionEvaluator.EventSource && trigger != TriggerKind.Event))
        {
            throw new RuleViolation(prefix + "source", text["Validation.ConditionSource"]);
        }

        var field = request.Field?.Trim() ?? "";
        if (field.Length == 0 || field.Length > 100
            || (source == ConditionEvaluator.CustomerSource && field != "tags" && field != "displayName"
                && !StandardFields.Contains(field) && !(field.StartsWith("cf.", StringComparison.Ordinal) && field.Length > 3)))
        {
            throw new RuleViolation(prefix + "field", text["Validation.ConditionField"]);
        }

        if (!TryEnum<ConditionOperator>(request.Operator, out var op))
        {
            throw new RuleViolation(prefix + "operator", text["Validation.Operator"]);
        }

        var value = request.Value?.Trim();
        if (op is not (ConditionOperator.Empty or ConditionOperator.NotEmpty) && string.IsNullOrEmpty(value))
        {
            throw new RuleViolation(prefix + "value", text["Validation.ValueRequired"]);
        }

        return new RuleCondition(source, field, op, op is ConditionOperator.Empty or ConditionOperator.NotEmpty ? null : value);
    }

    private async Task<RuleAction> ReadActionAsync(ActionRequest request, string prefix, CancellationToken cancellationToken)
    {
        if (!TryEnum<ActionKind>(request.Kind, out var kind))
        {
            throw new RuleViolation(prefix + "kind", text["Validation.ActionKind"]);
        }

        switch (kind)
        {
            case ActionKind.SendTemplate:
                MessageChannel? channel = null;
                if (request.Channel is not null)
                {
                    if (!TryEnum<MessageChannel>(request.Channel, out var parsed))
                    {
                        throw new RuleViolation(prefix + "channel", text["Validation.Channel"]);
                    }

                    channel = parsed;
                }

                if (request.TemplateId is not { } templateId)
                {
                    throw new RuleViolation(prefix + "templateId", text["Validation.TemplateRequired"]);
                }

                if (services.GetService<IMessageTemplates>() is { } templates)
                {
                    var template = await templates.GetAsync(templateId, cancellationToken)
                        ?? throw new RuleViolation(prefix + "templateId", text["Validation.TemplateUnknown"]);
                    if (channel is not null && channel != template.Channel)
                    {
                        throw new RuleViolation(prefix + "channel", text["Validation.ChannelMismatch"]);
                    }
                }

                return new RuleAction(kind, TemplateId: templateId, Channel: channel);
            case ActionKind.CreateTask:
                var title = request.Title?.Trim() ?? "";
                if (title.Length == 0 || title.Length > 200)
                {
                    throw new RuleViolation(prefix + "title", text["Validation.TaskTitle"]);
                }

                var role = request.AssigneeRole is null ? null : Roles.All.FirstOrDefault(r => r.Equals(request.AssigneeRole.Trim(), StringComparison.OrdinalIgnoreCase));
                if (request.AssigneeRole is not null && role is null)
                {
                    throw new RuleViolation(prefix + "assigneeRole", text["Validation.Role"]);
                }

                if (request.AssigneeUserId is { } userId)
                {
                    await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                    if (!await db.Users.AnyAsync(u => u.Id == userId && u.TenantId == tenant.TenantId, cancellationToken))
                    {
                        throw new RuleViolation(prefix + "assigneeUserId", text["Validation.User"]);
                    }
                }
                else if (role is null)
                {
                    throw new RuleViolation(prefix + "assigneeUserId", text["Validation.AssigneeRequired"]);
                }

                if (request.DueInDays is < 0 or > 365)
                {
                    throw new RuleViolation(prefix + "dueInDays", text["Validation.DueInDays"]);
                }

                return new RuleAction(kind, Title: title, AssigneeUserId: request.AssigneeUserId, AssigneeRole: role, DueInDays: request.DueInDays);
            case ActionKind.AddTag or ActionKind.RemoveTag:
                var tag = request.Tag?.Trim() ?? "";
                if (tag.Length == 0 || tag.Length > 50)
                {
                    throw new RuleViolation(prefix + "tag", text["Validation.TagRequired"]);
                }

                return new RuleAction(kind, Tag: tag);
            case ActionKind.SetField:
                var field = request.Field?.Trim() ?? "";
                if (!StandardFields.Contains(field) && !(field.StartsWith("cf.", StringComparison.Ordinal) && field.Length > 3))
                {
                    throw new RuleViolation(prefix + "field", text["Validation.SetField"]);
                }

                return new RuleAction(kind, Field: field, Value: request.Value);
            case ActionKind.Webhook:
                if (!Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                {
                    throw new RuleViolation(prefix + "url", text["Validation.Url"]);
                }

                return new RuleAction(kind, Url: url.ToString());
            default:
                if (request.Hours is not { } hours || hours < 1 || hours > MaxWaitHours)
                {
                    throw new RuleViolation(prefix + "hours", text["Validation.Hours", MaxWaitHours]);
                }

                return new RuleAction(kind, Hours: hours);
        }
    }

    private static bool TryEnum<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum =>
        Enum.TryParse(value?.Trim(), ignoreCase: true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);
}
