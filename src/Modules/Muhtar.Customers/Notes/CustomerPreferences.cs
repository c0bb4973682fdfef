using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Tags;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Notes;

/// <summary>Finds customers by what their notes and tags say they like; see <see cref="ICustomerPreferences"/>.</summary>
internal sealed class CustomerPreferences(IDbContextFactory<MuhtarDbContext> dbFactory) : ICustomerPreferences
{
    public const int MaxLimit = 1000;

    public async Task<IReadOnlyList<PreferenceMatch>> FindAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var folded = TurkishText.Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var matchedOn = new Dictionary<Guid, string>();

        // Tags are stored folded, so the database compares them; a word inside a tag counts from its start.
        var wordInside = " " + folded;
        var tags = await db.Set<CustomerTag>().AsNoTracking()
            .Where(t => t.NormalizedName.StartsWith(folded) || t.NormalizedName.Contains(wordInside))
            .Select(t => new { t.CustomerId, t.Name }).ToListAsync(cancellationToken);
        foreach (var tag in tags)
        {
            matchedOn.TryAdd(tag.CustomerId, "#" + tag.Name);
        }

        // Notes keep only their spelling and neither database folds Turkish (İ/ı, ş/s) the same way, so they
        // are folded here, streamed newest first; a shop's notes are thousands of short lines, not millions.
        var notes = db.Set<CustomerNote>().AsNoTracking().OrderByDescending(n => n.CreatedAt)
            .Select(n => new { n.CustomerId, n.Text }).AsAsyncEnumerable();
        await foreach (var note in notes.WithCancellation(cancellationToken))
        {
            if (!matchedOn.ContainsKey(note.CustomerId) && (" " + TurkishText.Fold(note.Text)).Contains(wordInside, StringComparison.Ordinal))
            {
                matchedOn[note.CustomerId] = note.Text;
            }
        }

        if (matchedOn.Count == 0)
        {
            return [];
        }

        var ids = matchedOn.Keys.ToList();
        var customers = await db.Set<Customer>().AsNoTracking().Where(c => ids.Contains(c.Id) && !c.IsArchived)
            .OrderBy(c => c.SortName).ThenBy(c => c.Id).Take(Math.Clamp(limit, 1, MaxLimit))
            .Include(c => c.Tags).AsSplitQuery().ToListAsync(cancellationToken);
        return customers.Select(c => new PreferenceMatch(CustomerMapping.ToSummary(c), matchedOn[c.Id])).ToList();
    }
}
