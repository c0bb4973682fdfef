using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Privacy;
using Muhtar.Customers.Addresses;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Notes;
using Muhtar.Customers.Search;
using Muhtar.Customers.Tags;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Privacy;

/// <summary>
/// The customer record and everything under it (KVKK C7). Erasure keeps the row as an anonymised shell
/// ("Silinmiş müşteri") so receipts, points and reports keep pointing at something and their totals hold,
/// and clears every personal value: names, phone, e-mail, card, gender, birth date, and the child rows
/// (addresses, notes, tags, external ids, search tokens). The phone, e-mail and card become free again.
/// Bulk statements on the caller's context: they join its transaction and bypass the change-tracking audit,
/// which would otherwise copy the erased values into new audit rows.
/// </summary>
internal sealed class CustomerPersonalData(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    ActiveCustomerTotals totals,
    IStringLocalizer<CustomerPrivacyResource> text) : IPersonalDataHolder
{
    public string Name => "customer";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Set<Customer>().AsNoTracking()
            .Include(c => c.Tags).Include(c => c.ExternalIds).Include(c => c.Addresses)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var notes = await db.Set<CustomerNote>().AsNoTracking().Where(n => n.CustomerId == customerId)
            .OrderBy(n => n.CreatedAt).Select(n => new { n.Text, n.AuthorName, n.CreatedAt }).ToListAsync(cancellationToken);
        return new
        {
            Kind = CustomerMapping.KindName(customer.Kind),
            customer.FirstName,
            customer.LastName,
            customer.CompanyName,
            customer.DisplayName,
            customer.Phone,
            customer.Email,
            Gender = customer.Gender?.ToString().ToLowerInvariant(),
            customer.BirthDate,
            customer.CardNumber,
            customer.ParentCompanyId,
            customer.IsArchived,
            CreatedAt = Utc(customer.CreatedAt),
            UpdatedAt = Utc(customer.UpdatedAt),
            Tags = customer.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(),
            ExternalIds = customer.ExternalIds.OrderBy(x => x.System, StringComparer.Ordinal).Select(x => new { x.System, x.Value }).ToList(),
            Addresses = customer.Addresses.OrderBy(a => a.CreatedAt)
                .Select(a => new { a.Label, a.Line, a.District, a.City, a.PostalCode, CreatedAt = Utc(a.CreatedAt) }).ToList(),
            Notes = notes.Select(n => new { n.Text, Author = n.AuthorName, CreatedAt = Utc(n.CreatedAt) }).ToList(),
        };
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var label = text["ErasedCustomer"].Value;
        var searchName = TurkishText.Fold(label);
        var sortName = TurkishText.SortKey(label);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<CustomerTag>().Where(x => x.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CustomerExternalId>().Where(x => x.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CustomerAddress>().Where(x => x.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CustomerNote>().Where(x => x.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CustomerSearchToken>().Where(x => x.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Customer>().Where(c => c.Id == customerId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.FirstName, (string?)null)
            .SetProperty(c => c.LastName, (string?)null)
            .SetProperty(c => c.CompanyName, (string?)null)
            .SetProperty(c => c.DisplayName, label)
            .SetProperty(c => c.SearchName, searchName)
            .SetProperty(c => c.SortName, sortName)
            .SetProperty(c => c.Phone, (string?)null)
            .SetProperty(c => c.Email, (string?)null)
            .SetProperty(c => c.EmailNormalized, (string?)null)
            .SetProperty(c => c.Gender, (Gender?)null)
            .SetProperty(c => c.BirthDate, (DateOnly?)null)
            .SetProperty(c => c.CardNumber, (string?)null)
            .SetProperty(c => c.IsArchived, true)
            .SetProperty(c => c.ArchivedAt, c => c.ArchivedAt ?? now)
            .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        totals.Forget(tenant.TenantId);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
