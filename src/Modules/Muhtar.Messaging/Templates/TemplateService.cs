using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Messaging.Templates;

/// <summary>The current business's message templates and the only writer of them; previews for the editor and the API.</summary>
internal sealed class TemplateService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    TemplateValidator validator,
    TemplateRendering rendering,
    TimeProvider time,
    IStringLocalizer<TemplatesResource> text)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Templates in Turkish name order; archived ones only when asked.</summary>
    public async Task<IReadOnlyList<TemplateResponse>> ListAsync(
        MessageChannel? channel = null, bool includeArchived = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<MessageTemplate>().AsNoTracking();
        if (channel is { } c)
        {
            query = query.Where(t => t.Channel == c);
        }

        if (!includeArchived)
        {
            query = query.Where(t => !t.IsArchived);
        }

        var templates = await query.ToListAsync(cancellationToken);
        return templates.OrderBy(t => Muhtar.Platform.Text.TurkishText.SortKey(t.Name), StringComparer.Ordinal)
            .Select(TemplateResponse.From).ToList();
    }

    public async Task<TemplateResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.Set<MessageTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return template is null ? null : TemplateResponse.From(template);
    }

    public async Task<TemplateResponse> CreateAsync(TemplateRequest request, CancellationToken cancellationToken = default)
    {
        var draft = validator.Validate(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CheckNameFreeAsync(db, draft.Name, null, cancellationToken);
        var template = new MessageTemplate(draft, Now);
        template.SetArchived(request.Archived ?? false, Now);
        db.Add(template);
        await SaveAsync(db, draft.Name, null, cancellationToken);
        return TemplateResponse.From(template);
    }

    /// <summary>Replaces the template's content; <see cref="TemplateRequest.Archived"/> archives or restores it when given.</summary>
    public async Task<TemplateResponse?> UpdateAsync(Guid id, TemplateRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.Set<MessageTemplate>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return null;
        }

        var draft = validator.Validate(request);
        await CheckNameFreeAsync(db, draft.Name, id, cancellationToken);
        template.Change(draft, Now);
        if (request.Archived is { } archived)
        {
            template.SetArchived(archived, Now);
        }

        await SaveAsync(db, draft.Name, id, cancellationToken);
        return TemplateResponse.From(template);
    }

    /// <summary>Deletes a template no message used; one that was used is archived instead and stays readable.</summary>
    public async Task<TemplateRemoval> RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.Set<MessageTemplate>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return TemplateRemoval.NotFound;
        }

        if (template.FirstUsedAt is not null)
        {
            template.SetArchived(true, Now);
            await db.SaveChangesAsync(cancellationToken);
            return TemplateRemoval.Archived;
        }

        db.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
        return TemplateRemoval.Deleted;
    }

    /// <summary>The saved template rendered for a customer; null when the template is unknown here.</summary>
    public async Task<PreviewResponse?> PreviewAsync(Guid id, PreviewRequest request, CancellationToken cancellationToken = default)
    {
        var customerId = request.CustomerId ?? throw new RuleViolation("customerId", text["Template.CustomerRequired"]);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.Set<MessageTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return null;
        }

        var rendered = await rendering.RenderAsync(DraftOf(template), customerId, request.Variables, cancellationToken);
        return Preview(rendered);
    }

    /// <summary>An unsaved template (the editor's form) rendered for a customer; a bad field is a RuleViolation naming it.</summary>
    public async Task<PreviewResponse> PreviewDraftAsync(
        TemplateRequest request, Guid customerId, IReadOnlyDictionary<string, string>? variables, CancellationToken cancellationToken = default)
    {
        var draft = validator.Validate(request);
        return Preview(await rendering.RenderAsync(draft, customerId, variables, cancellationToken));
    }

    public static TemplateDraft DraftOf(MessageTemplate t) =>
        new(t.Name, t.Channel, t.Purpose, t.Body, t.Subject, t.WhatsAppTemplateName, t.WhatsAppLanguage, t.WhatsAppParameters);

    private static PreviewResponse Preview(RenderedMessage rendered)
    {
        var length = SmsLength.Of(rendered.Body);
        return new PreviewResponse(
            TemplateNames.Of(rendered.Channel), TemplateNames.Of(rendered.Purpose), rendered.Body, rendered.Subject,
            rendered.WhatsAppTemplateName, rendered.WhatsAppLanguage, rendered.WhatsAppParameters,
            TemplateNames.Of(length.Encoding), length.Characters, length.Units, length.Segments, length.PerSegment,
            length.Turkish is { } turkish ? SmsLengthResponse.From(turkish) : null);
    }

    private async Task CheckNameFreeAsync(MuhtarDbContext db, string name, Guid? self, CancellationToken cancellationToken)
    {
        var key = MessageTemplate.KeyOf(name);
        var other = await db.Set<MessageTemplate>().AsNoTracking().Where(t => t.NameKey == key && t.Id != self)
            .Select(t => new { t.Name, t.IsArchived }).FirstOrDefaultAsync(cancellationToken);
        if (other is not null)
        {
            throw new RuleViolation("name", text[other.IsArchived ? "Template.NameTakenArchived" : "Template.NameTaken", other.Name], 409);
        }
    }

    private async Task SaveAsync(MuhtarDbContext db, string name, Guid? self, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same name a moment ago: the unique index refused it; answer as the check would.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            await CheckNameFreeAsync(fresh, name, self, cancellationToken);
            throw;
        }
    }
}
