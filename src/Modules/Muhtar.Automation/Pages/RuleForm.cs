using Muhtar.Automation.Rules;

namespace Muhtar.Automation.Pages;

/// <summary>The rule builder's editable state; turns into the same <see cref="RuleRequest"/> the API takes.</summary>
internal sealed class RuleForm
{
    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    public string TriggerKind { get; set; } = "event";

    public string Event { get; set; } = "CustomerCreated";

    public string OtherEvent { get; set; } = "";

    public string ChangedField { get; set; } = "";

    public string DateField { get; set; } = "birthDate";

    public int Days { get; set; }

    /// <summary>"before" or "after" the date.</summary>
    public string Direction { get; set; } = "after";

    public string Time { get; set; } = "09:00";

    public bool Yearly { get; set; } = true;

    public string Cron { get; set; } = "0 9 * * 1";

    public List<ConditionForm> Conditions { get; } = [];

    public List<ActionForm> Actions { get; } = [new()];

    public const string OtherEventChoice = "other";

    public RuleRequest ToRequest() => new(
        Name,
        Enabled,
        new TriggerRequest(
            TriggerKind,
            Event == OtherEventChoice ? OtherEvent : Event,
            NullIfEmpty(ChangedField),
            DateField,
            Direction == "before" ? -Math.Abs(Days) : Math.Abs(Days),
            Time,
            Yearly,
            Cron),
        Conditions.Select(c => new ConditionRequest(c.Source, c.Field, c.Operator, NullIfEmpty(c.Value))).ToList(),
        Actions.Select(a => a.ToRequest()).ToList());

    public static RuleForm From(RuleResponse rule, IReadOnlyList<string> knownEvents)
    {
        var t = rule.Trigger;
        var form = new RuleForm
        {
            Name = rule.Name,
            Enabled = rule.Enabled,
            TriggerKind = t.Kind ?? "event",
            ChangedField = t.ChangedField ?? "",
            DateField = t.DateField ?? "birthDate",
            Days = Math.Abs(t.OffsetDays ?? 0),
            Direction = t.OffsetDays < 0 ? "before" : "after",
            Time = t.Time ?? "09:00",
            Yearly = t.Yearly ?? true,
            Cron = t.Cron ?? "0 9 * * 1",
        };
        if (t.Event is { } name)
        {
            var known = knownEvents.FirstOrDefault(k => k == name);
            form.Event = known is null ? OtherEventChoice : Triggers.KnownEvents.ShortName(known);
            form.OtherEvent = known is null ? name : "";
        }

        form.Conditions.AddRange(rule.Conditions.Select(c => new ConditionForm
        {
            Source = c.Source ?? "customer",
            Field = c.Field ?? "",
            Operator = c.Operator ?? "equals",
            Value = c.Value ?? "",
        }));
        form.Actions.Clear();
        form.Actions.AddRange(rule.Actions.Select(ActionForm.From));
        return form;
    }

    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed class ConditionForm
{
    public string Source { get; set; } = "customer";

    public string Field { get; set; } = "tags";

    public string Operator { get; set; } = "equals";

    public string Value { get; set; } = "";
}

internal sealed class ActionForm
{
    public string Kind { get; set; } = "addTag";

    public Guid? TemplateId { get; set; }

    public string Tag { get; set; } = "";

    public string Field { get; set; } = "";

    public string Value { get; set; } = "";

    public string Url { get; set; } = "";

    public int Hours { get; set; } = 2;

    public string Title { get; set; } = "";

    /// <summary>"role:Sales" or "user:{id}".</summary>
    public string Assignee { get; set; } = "role:Sales";

    public int? DueInDays { get; set; }

    public ActionRequest ToRequest()
    {
        Guid? user = Assignee.StartsWith("user:", StringComparison.Ordinal) && Guid.TryParse(Assignee[5..], out var id) ? id : null;
        var role = Assignee.StartsWith("role:", StringComparison.Ordinal) ? Assignee[5..] : null;
        return Kind switch
        {
            "sendTemplate" => new ActionRequest(Kind, TemplateId: TemplateId),
            "createTask" => new ActionRequest(Kind, Title: Title, AssigneeUserId: user, AssigneeRole: role, DueInDays: DueInDays),
            "addTag" or "removeTag" => new ActionRequest(Kind, Tag: Tag),
            "setField" => new ActionRequest(Kind, Field: Field, Value: RuleForm.NullIfEmpty(Value)),
            "webhook" => new ActionRequest(Kind, Url: Url),
            "wait" => new ActionRequest(Kind, Hours: Hours),
            _ => new ActionRequest(Kind),
        };
    }

    public static ActionForm From(ActionRequest a) => new()
    {
        Kind = a.Kind ?? "addTag",
        TemplateId = a.TemplateId,
        Tag = a.Tag ?? "",
        Field = a.Field ?? "",
        Value = a.Value ?? "",
        Url = a.Url ?? "",
        Hours = a.Hours ?? 2,
        Title = a.Title ?? "",
        Assignee = a.AssigneeUserId is { } u ? $"user:{u:D}" : $"role:{a.AssigneeRole ?? "Sales"}",
        DueInDays = a.DueInDays,
    };
}
