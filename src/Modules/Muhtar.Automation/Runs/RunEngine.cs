using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Integrations;
using Muhtar.Abstractions.Messaging;
using Muhtar.Automation.Localization;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Tasks;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Automation.Runs;

/// <summary>
/// Starts and carries on runs. A run row is written once per (rule, occurrence) — the unique run key makes a
/// redelivered event or a second instance a no-op — then its steps run in order, each outcome saved before the
/// next, so a run that stops half-way (crash, wait) continues at the step after the last one recorded. Every
/// step is safe to repeat: messages and webhooks carry the dedupe key "automation:{run}:{step}", tasks are unique
/// per (run, step), tags and fields are set, not toggled.
/// </summary>
internal sealed class RunEngine(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    TimeProvider time,
    IServiceProvider services,
    ICustomerEditor editor,
    IStringLocalizer<AutomationResource> text)
{
    /// <summary>A running run untouched this long is taken over (its worker died).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public static string DedupeKey(Guid runId, int step) => $"automation:{runId:D}:{step}";

    /// <summary>
    /// Starts the run of <paramref name="runKey"/> unless it exists. An existing run that is still running is
    /// carried on when <paramref name="takeOver"/> (the caller holds the occurrence exclusively, e.g. the event's
    /// job lease) or when it went stale.
    /// </summary>
    /// <param name="skipReason">Set when the conditions did not hold: the run is logged as skipped.</param>
    public async Task<Guid?> StartAsync(
        AutomationRule rule, AutomationRuleVersion version, string runKey, Guid? customerId, string trigger, string? payload,
        string? skipReason, bool takeOver, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var existing = await db.Set<AutomationRun>().AsNoTracking()
                .Where(r => r.RuleId == rule.Id && r.RunKey == runKey)
                .Select(r => new { r.Id, r.Status, r.TouchedAt })
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                if (existing.Status == RunStatus.Running && (takeOver || existing.TouchedAt < Now - StaleAfter))
                {
                    await ContinueAsync(existing.Id, cancellationToken);
                }

                return null;
            }

            var run = new AutomationRun(rule.Id, version.Id, version.Number, runKey, customerId, trigger, payload, Now);
            if (skipReason is not null)
            {
                run.Skip(skipReason, Now);
            }

            db.Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (IsDuplicateRun(ex))
            {
                // Another instance started this occurrence a moment ago: it is theirs.
                return null;
            }

            if (skipReason is not null)
            {
                return run.Id;
            }

            await ContinueAsync(run.Id, cancellationToken);
            return run.Id;
        }
    }

    /// <summary>Runs the steps of a running run from its next step until it ends or waits.</summary>
    public async Task ContinueAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<AutomationRun>().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.Status != RunStatus.Running)
        {
            return;
        }

        var definition = (await db.Set<AutomationRuleVersion>().AsNoTracking().FirstAsync(v => v.Id == run.RuleVersionId, cancellationToken)).Read();
        for (var i = run.NextStep; i < definition.Actions.Count; i++)
        {
            var action = definition.Actions[i];
            if (action.Kind == ActionKind.Wait)
            {
                var until = Now.AddHours(action.Hours ?? 1);
                Record(db, run, i, action.Kind, StepOutcome.Waiting, null, until);
                run.Wait(i + 1, until, Now);
                // Stored with the run's new state or not at all, so a waiting run always has its continuation.
                db.Enqueue(new ContinueRunTask(run.Id, i + 1), until, DedupeKey(run.Id, i));
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            var (outcome, detail) = await PerformAsync(db, run, i, action, cancellationToken);
            Record(db, run, i, action.Kind, outcome, detail, null);
            if (outcome == StepOutcome.Failed)
            {
                run.Fail(text["Run.StepFailed", i + 1, detail ?? ""], Now);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            run.Advance(i + 1, Now);
            await db.SaveChangesAsync(cancellationToken);
        }

        run.Complete(Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The wait before <paramref name="step"/> is over: carry on, unless the rule was paused meanwhile.</summary>
    public async Task ResumeAfterWaitAsync(Guid runId, int step, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var run = await db.Set<AutomationRun>().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
            if (run is null || run.Status != RunStatus.Waiting || run.NextStep != step)
            {
                return;
            }

            var waited = run.Steps.FirstOrDefault(s => s.Index == step - 1);
            var enabled = await db.Set<AutomationRule>().Where(r => r.Id == run.RuleId).Select(r => r.IsEnabled).FirstOrDefaultAsync(cancellationToken);
            if (!enabled)
            {
                waited?.Set(StepOutcome.Skipped, text["Run.RulePaused"], Now);
                run.Cancel(text["Run.RulePaused"], Now);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            waited?.Set(StepOutcome.Done, null, Now);
            run.Resume(Now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await ContinueAsync(runId, cancellationToken);
    }

    private void Record(MuhtarDbContext db, AutomationRun run, int index, ActionKind kind, StepOutcome outcome, string? detail, DateTime? until)
    {
        var step = run.Steps.FirstOrDefault(s => s.Index == index);
        if (step is null)
        {
            db.Add(new AutomationRunStep(run.Id, index, kind, outcome, detail, Now, until));
        }
        else
        {
            step.Set(outcome, detail, Now, until);
        }
    }

    private async Task<(StepOutcome Outcome, string? Detail)> PerformAsync(
        MuhtarDbContext db, AutomationRun run, int index, RuleAction action, CancellationToken cancellationToken)
    {
        if ((action.Kind is ActionKind.SendTemplate or ActionKind.AddTag or ActionKind.RemoveTag or ActionKind.SetField) && run.CustomerId is null)
        {
            return (StepOutcome.Failed, text["Step.NoCustomer"]);
        }

        try
        {
            switch (action.Kind)
            {
                case ActionKind.SendTemplate:
                    return await SendAsync(run, index, action, cancellationToken);
                case ActionKind.CreateTask:
                    return await CreateTaskAsync(db, run, index, action, cancellationToken);
                case ActionKind.AddTag:
                    await editor.AddTagAsync(run.CustomerId!.Value, action.Tag!, cancellationToken);
                    return (StepOutcome.Done, action.Tag);
                case ActionKind.RemoveTag:
                    await editor.RemoveTagAsync(run.CustomerId!.Value, action.Tag!, cancellationToken);
                    return (StepOutcome.Done, action.Tag);
                case ActionKind.SetField:
                    await editor.SetFieldAsync(run.CustomerId!.Value, action.Field!, action.Value, cancellationToken);
                    return (StepOutcome.Done, $"{action.Field} = {action.Value}");
                case ActionKind.Webhook:
                    return await CallWebhookAsync(run, index, action, cancellationToken);
                default:
                    return (StepOutcome.Failed, action.Kind.ToString());
            }
        }
        catch (RuleViolation violation)
        {
            // The data said no (a bad field value, a refused URL): the step fails with the reason, the run stops.
            return (StepOutcome.Failed, $"{violation.Field}: {violation.Message}");
        }
    }

    private async Task<(StepOutcome, string?)> SendAsync(AutomationRun run, int index, RuleAction action, CancellationToken cancellationToken)
    {
        var outbox = services.GetService<IMessageOutbox>();
        var templates = services.GetService<IMessageTemplates>();
        if (outbox is null || templates is null)
        {
            return (StepOutcome.Failed, text["Step.MessagingMissing"]);
        }

        var template = await templates.GetAsync(action.TemplateId!.Value, cancellationToken);
        if (template is null)
        {
            return (StepOutcome.Failed, text["Step.TemplateMissing"]);
        }

        var queued = await outbox.QueueAsync(
            new OutgoingMessage(run.CustomerId!.Value, action.Channel ?? template.Channel, template.Purpose, DedupeKey(run.Id, index),
                TemplateId: template.Id, Source: "automation"),
            cancellationToken);
        var detail = $"{template.Name}: {queued.Status} ({queued.MessageId:D})";
        return (StepOutcome.Done, queued.BlockedReason is null ? detail : $"{detail} {queued.BlockedReason}");
    }

    private async Task<(StepOutcome, string?)> CreateTaskAsync(
        MuhtarDbContext db, AutomationRun run, int index, RuleAction action, CancellationToken cancellationToken)
    {
        if (!await db.Set<AutomationTask>().AnyAsync(t => t.RunId == run.Id && t.Step == index, cancellationToken))
        {
            // Saved together with the step's outcome.
            var due = action.DueInDays is { } days ? Now.AddDays(days) : (DateTime?)null;
            db.Add(new AutomationTask(action.Title!, run.CustomerId, action.AssigneeUserId, action.AssigneeRole, due, run.Id, index, Now));
        }

        return (StepOutcome.Done, action.Title);
    }

    private async Task<(StepOutcome, string?)> CallWebhookAsync(AutomationRun run, int index, RuleAction action, CancellationToken cancellationToken)
    {
        var webhooks = services.GetService<IOutgoingWebhooks>();
        if (webhooks is null)
        {
            return (StepOutcome.Failed, text["Step.WebhooksMissing"]);
        }

        var body = new
        {
            rule = run.RuleId,
            version = run.Version,
            run = run.Id,
            customerId = run.CustomerId,
            trigger = run.Trigger,
            @event = run.Payload is null ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(run.Payload),
        };
        var delivery = await webhooks.QueueAsync(
            new OutgoingWebhookCall(action.Url!, "automation.rule", JsonSerializer.Serialize(body, AutomationRuleVersion.Json), DedupeKey(run.Id, index)),
            cancellationToken);
        return (StepOutcome.Done, string.Create(CultureInfo.InvariantCulture, $"{action.Url} ({delivery:D})"));
    }

    private static bool IsDuplicateRun(DbUpdateException exception) =>
        UniqueIndex.IsViolated(exception, AutomationRunConfiguration.RunKeyIndex, "automation_runs.");
}

/// <summary>The scheduled continuation of a run after a wait: run its steps from <paramref name="Step"/>.</summary>
internal sealed record ContinueRunTask(Guid RunId, int Step);
