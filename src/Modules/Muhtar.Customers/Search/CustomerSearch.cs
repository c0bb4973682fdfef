using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Search;

/// <summary>
/// Turns a <see cref="SearchTerm"/> into one SQL filter whose every branch is an index lookup
/// (phone, e-mail, card, external id, name-word prefix), so search stays fast at a million customers.
/// </summary>
internal static class CustomerSearch
{
    public static IQueryable<Customer> Matching(this IQueryable<Customer> customers, MuhtarDbContext db, SearchTerm term)
    {
        if (term.Kind == SearchTermKind.None)
        {
            return customers;
        }

        if (term.Kind == SearchTermKind.Email)
        {
            return customers.Where(c => c.EmailNormalized == term.Email);
        }

        var all = db.Set<Customer>();
        var raw = term.Raw;
        IQueryable<Guid> ids = db.Set<CustomerExternalId>().Where(x => x.Value == raw).Select(x => x.CustomerId);
        if (term.CardNumber is { } card)
        {
            ids = ids.Concat(all.Where(c => c.CardNumber == card).Select(c => c.Id));
        }

        if (term.Phone is { } phone)
        {
            ids = ids.Concat(all.Where(c => c.Phone == phone).Select(c => c.Id));
        }

        if (term.Words.Count > 0)
        {
            ids = ids.Concat(NameMatches(db, term.Words));
        }

        // UNION ALL (Concat): IN ignores duplicates, so there is no reason to pay for removing them.
        return customers.Where(c => ids.Contains(c.Id));
    }

    /// <summary>Customers having, for every search word, a name word that starts with it ("ah yil" finds "Ahmet Yılmaz").</summary>
    private static IQueryable<Guid> NameMatches(MuhtarDbContext db, IReadOnlyList<string> words)
    {
        IQueryable<Guid>? ids = null;
        foreach (var word in words)
        {
            // Folded words hold only letters and digits, so they never contain LIKE wildcards.
            var pattern = word + "%";
            var matches = db.Set<CustomerSearchToken>().Where(t => EF.Functions.Like(t.Token, pattern)).Select(t => t.CustomerId);
            ids = ids is null ? matches : ids.Intersect(matches);
        }

        return ids!;
    }
}
