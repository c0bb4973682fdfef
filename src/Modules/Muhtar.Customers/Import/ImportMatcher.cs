using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Import;

/// <summary>Finds the stored customers a batch's rows point at, by index lookups per key kind (phone, e-mail, card, external id).</summary>
internal static class ImportMatcher
{
    public static async Task<List<Customer>> FindAsync(MuhtarDbContext db, IEnumerable<ParsedRow> rows, bool tracked, CancellationToken cancellationToken)
    {
        var keys = rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).ToList();
        var phones = Values(keys, 'p');
        var emails = Values(keys, 'e');
        var cards = Values(keys, 'c');
        var externals = Values(keys, 'x').Select(v => v[(v.IndexOf('\u001f') + 1)..]).Distinct(StringComparer.Ordinal).ToList();
        var customers = db.Set<Customer>();
        var ids = new HashSet<Guid>();
        if (phones.Count > 0)
        {
            ids.UnionWith(await customers.Where(c => phones.Contains(c.Phone!)).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        if (emails.Count > 0)
        {
            ids.UnionWith(await customers.Where(c => emails.Contains(c.EmailNormalized!)).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        if (cards.Count > 0)
        {
            ids.UnionWith(await customers.Where(c => cards.Contains(c.CardNumber!)).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        if (externals.Count > 0)
        {
            ids.UnionWith(await db.Set<CustomerExternalId>().Where(x => externals.Contains(x.Value)).Select(x => x.CustomerId).ToListAsync(cancellationToken));
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var query = customers.Include(c => c.Tags).Include(c => c.ExternalIds).Include(c => c.SearchTokens).AsSplitQuery()
            .Where(c => ids.Contains(c.Id));
        return await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
    }

    private static List<string> Values(List<string> keys, char kind) =>
        keys.Where(k => k[0] == kind).Select(k => k[2..]).ToList();
}
