using Microsoft.EntityFrameworkCore;
using Muhtar.Loyalty.Programme;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;

namespace Muhtar.Loyalty.Stamps;

/// <summary>Stamp card definitions of the current business. Cards are switched off, never deleted: their stamps stay in the ledger.</summary>
internal sealed class StampCardService(IDbContextFactory<MuhtarDbContext> dbFactory, ProgrammeCache cache)
{
    public async Task<IReadOnlyList<StampCard>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cards = await db.Set<StampCard>().AsNoTracking().ToListAsync(cancellationToken);
        return cards.OrderByDescending(c => c.IsActive).ThenBy(c => c.Name, StringComparer.Create(TurkishText.Turkish, false)).ToList();
    }

    public async Task<StampCard?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StampCard>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>Creates (id null) or changes a card; null when <paramref name="id"/> is not this business's.</summary>
    public async Task<StampCard?> SaveAsync(Guid? id, StampCardDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var card = id is null ? null : await db.Set<StampCard>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (id is not null && card is null)
        {
            return null;
        }

        if (card is null)
        {
            card = new StampCard(draft);
            db.Add(card);
        }
        else
        {
            card.Apply(draft);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return card;
    }
}
