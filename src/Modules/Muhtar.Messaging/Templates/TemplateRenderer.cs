using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// Renders a stored template for sending (the outbox's path). Rendering for sending marks the template used,
/// once, so from then on removing it archives it instead of deleting it. Archived templates still render:
/// a message queued before the archiving still goes out as written.
/// </summary>
internal sealed class TemplateRenderer(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    TemplateRendering rendering,
    TimeProvider time,
    IStringLocalizer<TemplatesResource> text) : ITemplateRenderer
{
    public async Task<RenderedMessage> RenderAsync(
        Guid templateId, Guid customerId, IReadOnlyDictionary<string, string>? variables, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.Set<MessageTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            ?? throw new RuleViolation("templateId", text["Template.Unknown"]);
        var rendered = await rendering.RenderAsync(TemplateService.DraftOf(template), customerId, variables, cancellationToken);
        if (template.FirstUsedAt is null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await db.Set<MessageTemplate>().Where(t => t.Id == templateId && t.FirstUsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.FirstUsedAt, now), cancellationToken);
        }

        return rendered;
    }
}
