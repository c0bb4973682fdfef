using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Templates;

/// <summary>The current business's active templates for other modules' pickers (automation actions, reminders).</summary>
internal sealed class MessageTemplates(IDbContextFactory<MuhtarDbContext> dbFactory) : IMessageTemplates
{
    public async Task<IReadOnlyList<MessageTemplateSummary>> ListAsync(MessageChannel? channel = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<MessageTemplate>().AsNoTracking().Where(t => !t.IsArchived);
        if (channel is { } c)
        {
            query = query.Where(t => t.Channel == c);
        }

        var templates = await query.Select(t => new { t.Id, t.Name, t.Channel, t.Purpose }).ToListAsync(cancellationToken);
        return templates.OrderBy(t => Muhtar.Platform.Text.TurkishText.SortKey(t.Name), StringComparer.Ordinal)
            .Select(t => new MessageTemplateSummary(t.Id, t.Name, t.Channel, t.Purpose)).ToList();
    }

    /// <summary>Any template of this business, archived ones too (a rule may still name one).</summary>
    public async Task<MessageTemplateSummary?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<MessageTemplate>().AsNoTracking().Where(t => t.Id == id)
            .Select(t => new MessageTemplateSummary(t.Id, t.Name, t.Channel, t.Purpose)).FirstOrDefaultAsync(cancellationToken);
    }
}
