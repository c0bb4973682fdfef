using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Search;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Customers;

/// <summary>Other modules' reads for personalising messages: the list's search and a customer's custom-field values.</summary>
internal sealed class CustomerProfiles(IDbContextFactory<MuhtarDbContext> dbFactory, IPhoneNormalizer phones) : ICustomerProfiles
{
    private const int MaxLimit = 50;

    public async Task<IReadOnlyList<CustomerSummary>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var term = SearchTerm.Classify(text, phones);
        if (term.Kind == SearchTermKind.None)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = await db.Set<Customer>().AsNoTracking().Where(c => !c.IsArchived).Matching(db, term)
            .OrderBy(c => c.SortName).ThenBy(c => c.Id).Take(Math.Clamp(limit, 1, MaxLimit))
            .Include(c => c.Tags).AsSplitQuery().ToListAsync(cancellationToken);
        return customers.Select(CustomerMapping.ToSummary).ToList();
    }

    public async Task<IReadOnlyDictionary<string, object?>> GetCustomFieldsAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return new Dictionary<string, object?>();
        }

        return (await CustomFieldValues.LoadAsync(db, [customerId], cancellationToken))[customerId];
    }
}
