using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Addresses;
using Muhtar.Customers.Audit;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Notes;
using Muhtar.Customers.Search;
using Muhtar.Customers.Tags;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Customers;

internal sealed partial class CustomerService
{
    public async Task<ListPage<CustomerResponse>> ListAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = Filter(db, query).Matching(db, SearchTerm.Classify(query.Search, phones));
        var total = ActiveCustomerTotals.Applies(query)
            ? await totals.GetAsync(tenant.TenantId, () => customers.CountAsync(cancellationToken))
            : await customers.CountAsync(cancellationToken);
        // The page is tracked (a few dozen rows) so its tags and external ids, loaded by id below, attach to it;
        // that runs the costly filter once instead of once per child collection as a split query would.
        var page = await Order(customers, query.Sort)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var ids = page.Select(c => c.Id).ToList();
        await db.Set<CustomerTag>().Where(t => ids.Contains(t.CustomerId)).LoadAsync(cancellationToken);
        await db.Set<CustomerExternalId>().Where(x => ids.Contains(x.CustomerId)).LoadAsync(cancellationToken);
        var custom = await CustomFieldValues.LoadAsync(db, ids, cancellationToken);
        return new(page.Select(c => CustomerMapping.ToResponse(c) with { CustomFields = custom[c.Id] }).ToList(), query.Page, query.PageSize, total);
    }

    public async Task<ListPage<NoteResponse>?> ListNotesAsync(Guid customerId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        var notes = db.Set<CustomerNote>().AsNoTracking().Where(n => n.CustomerId == customerId);
        var total = await notes.CountAsync(cancellationToken);
        var items = await notes.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new(items.Select(NoteResponse.From).ToList(), page, pageSize, total);
    }

    public async Task<IReadOnlyList<AddressResponse>?> ListAddressesAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Set<Customer>().AsNoTracking().Include(c => c.Addresses).FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        return customer?.Addresses.OrderBy(a => a.CreatedAt).Select(AddressResponse.From).ToList();
    }

    /// <summary>The customer's audit trail, newest first (I7).</summary>
    public async Task<ListPage<AuditEntryResponse>?> ListAuditAsync(Guid customerId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        var entries = db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == CustomerAuditLog.EntityType && a.EntityId == customerId);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(a => a.At).ThenBy(a => a.Field)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new(items.Select(a => new AuditEntryResponse(
            a.Id,
            new DateTimeOffset(DateTime.SpecifyKind(a.At, DateTimeKind.Utc)),
            a.Actor,
            a.Action.ToString().ToLowerInvariant(),
            CustomerAuditLog.ApiFieldName(a.Field),
            a.OldValue,
            a.NewValue)).ToList(), page, pageSize, total);
    }

    /// <summary>The business's tags, for the list's tag filter.</summary>
    public async Task<IReadOnlyList<string>> ListTagsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.Set<CustomerTag>().AsNoTracking()
            .GroupBy(t => t.NormalizedName)
            .Select(g => g.Min(t => t.Name)!)
            .Take(500)
            .ToListAsync(cancellationToken);
        return CustomerMapping.SortTags(names);
    }

    internal static IQueryable<Customer> Filter(MuhtarDbContext db, CustomerListQuery query)
    {
        // Merged customers live on only behind their survivor (C4): never in lists or search. They are archived
        // too, so the default view keeps its index-only count and needs no extra condition.
        var customers = db.Set<Customer>().AsQueryable();
        customers = query.Archived switch
        {
            ArchiveFilter.Active => customers.Where(c => !c.IsArchived),
            ArchiveFilter.Archived => customers.Where(c => c.IsArchived && c.MergedIntoId == null),
            _ => customers.Where(c => c.MergedIntoId == null),
        };
        if (query.Kind is { } kind)
        {
            customers = customers.Where(c => c.Kind == kind);
        }

        if (query.HasPhone is { } hasPhone)
        {
            customers = hasPhone ? customers.Where(c => c.Phone != null) : customers.Where(c => c.Phone == null);
        }

        if (query.ParentCompanyId is { } parent)
        {
            customers = customers.Where(c => c.ParentCompanyId == parent);
        }

        if (CustomerTag.Normalize(query.Tag ?? "") is { Length: > 0 } tag)
        {
            customers = customers.Where(c => db.Set<CustomerTag>().Any(t => t.CustomerId == c.Id && t.NormalizedName == tag));
        }

        return CustomFieldFilter.Apply(db, customers, query.CustomFields);
    }

    internal static IQueryable<Customer> Order(IQueryable<Customer> customers, CustomerSort sort) => sort switch
    {
        CustomerSort.NameDescending => customers.OrderByDescending(c => c.SortName).ThenByDescending(c => c.Id),
        CustomerSort.CreatedAt => customers.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        CustomerSort.CreatedAtDescending => customers.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
        CustomerSort.UpdatedAt => customers.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id),
        CustomerSort.UpdatedAtDescending => customers.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id),
        _ => customers.OrderBy(c => c.SortName).ThenBy(c => c.Id),
    };
}
