using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Customers.Audit;
using Muhtar.Customers.CustomFields;
using Muhtar.Customers.Editing;
using Muhtar.Customers.Localization;
using Muhtar.Customers.Search;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Customers;

/// <summary>
/// The customer use cases (C1–C3) and the only writer of customers. Every query runs under the current
/// tenant's filter, so another business's id behaves exactly like an unknown one (null → 404).
/// </summary>
internal sealed partial class CustomerService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    CustomerValidator validator,
    CustomerConflicts conflicts,
    IPhoneNormalizer phones,
    IStringLocalizer<CustomersResource> text,
    ActiveCustomerTotals totals,
    CustomFieldValues customValues)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<CustomerResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await WithChildren(db.Set<Customer>().AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return customer is null ? null : await CustomFieldValues.AttachAsync(db, CustomerMapping.ToResponse(customer), cancellationToken);
    }

    public async Task<CustomerResponse> CreateAsync(CustomerRequest request, CancellationToken cancellationToken = default)
    {
        var draft = Validate(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CheckParentAsync(db, draft, self: null, cancellationToken);
        await conflicts.ThrowIfTakenAsync(db, draft, self: null, cancellationToken);
        var custom = await customValues.PrepareAsync(db, customerId: null, request.CustomFields, cancellationToken);

        var customer = new Customer(draft, Now);
        db.Add(customer);
        custom.Apply(db, tenant, customer.Id, Now, audit: false);
        db.Publish(new CustomerCreated(customer.Id, CustomerMapping.KindName(draft.Kind), draft.Phone is not null, Now));
        TagEvents.Publish(db, customer.Id, [], draft.Tags, Now);
        await SaveAsync(db, draft, customer.Id, cancellationToken);
        totals.Forget(tenant.TenantId);
        return await CustomFieldValues.AttachAsync(db, CustomerMapping.ToResponse(customer), cancellationToken);
    }

    /// <summary>Applies the members the patch sets; the result must satisfy every rule a new customer does.</summary>
    public async Task<CustomerResponse?> UpdateAsync(Guid id, CustomerPatch patch, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await WithChildren(db.Set<Customer>()).Include(c => c.SearchTokens).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var before = CustomerMapping.ToDraft(customer);
        var after = Validate(patch.ApplyTo(CustomerMapping.ToRequest(customer)));
        var changed = CustomerChanges.Between(before, after);
        var custom = await customValues.PrepareAsync(db, customer.Id, patch.CustomFields, cancellationToken);
        if (changed.Count == 0 && !custom.HasChanges)
        {
            return await CustomFieldValues.AttachAsync(db, CustomerMapping.ToResponse(customer), cancellationToken);
        }

        if (changed.Contains("parentCompanyId"))
        {
            await CheckParentAsync(db, after, customer.Id, cancellationToken);
        }

        if (before.Kind == CustomerKind.Company && after.Kind != CustomerKind.Company
            && await db.Set<Customer>().AnyAsync(c => c.ParentCompanyId == customer.Id, cancellationToken))
        {
            throw new RuleViolation("kind", text["Validation.CompanyHasContacts"]);
        }

        await conflicts.ThrowIfTakenAsync(db, after, customer.Id, cancellationToken);
        customer.Apply(after);
        customer.Touch(Now);
        CustomerAuditLog.Record(db, tenant, customer.Id, "Tags", CustomerChanges.TagText(before), CustomerChanges.TagText(after), Now);
        CustomerAuditLog.Record(db, tenant, customer.Id, "ExternalIds", CustomerChanges.ExternalIdText(before), CustomerChanges.ExternalIdText(after), Now);
        custom.Apply(db, tenant, customer.Id, Now, audit: true);
        db.Publish(new CustomerUpdated(customer.Id, [.. changed, .. custom.FieldNames], Now));
        TagEvents.Publish(db, customer.Id, before.Tags, after.Tags, Now);
        await SaveAsync(db, after, customer.Id, cancellationToken);
        return await CustomFieldValues.AttachAsync(db, CustomerMapping.ToResponse(customer), cancellationToken);
    }

    public Task<CustomerResponse?> ArchiveAsync(Guid id, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, archived: true, cancellationToken);

    public Task<CustomerResponse?> UnarchiveAsync(Guid id, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, archived: false, cancellationToken);

    private async Task<CustomerResponse?> SetArchivedAsync(Guid id, bool archived, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await WithChildren(db.Set<Customer>()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        // A merged customer stays archived behind its survivor; only undoing the merge brings it back.
        if (customer is null || customer.IsArchived == archived || customer.IsMerged)
        {
            return customer is null ? null : CustomerMapping.ToResponse(customer);
        }

        if (archived)
        {
            customer.Archive(Now);
            db.Publish(new CustomerArchived(customer.Id, Now));
        }
        else
        {
            customer.Unarchive(Now);
            db.Publish(new CustomerUnarchived(customer.Id, Now));
        }

        await db.SaveChangesAsync(cancellationToken);
        totals.Forget(tenant.TenantId);
        return await CustomFieldValues.AttachAsync(db, CustomerMapping.ToResponse(customer), cancellationToken);
    }

    private CustomerDraft Validate(CustomerRequest request)
    {
        var (draft, errors) = validator.Validate(request);
        return draft ?? throw new RuleViolation(errors[0].Field, errors[0].Message);
    }

    private async Task CheckParentAsync(MuhtarDbContext db, CustomerDraft draft, Guid? self, CancellationToken cancellationToken)
    {
        if (draft.ParentCompanyId is { } parent
            && (parent == self || !await db.Set<Customer>().AnyAsync(c => c.Id == parent && c.Kind == CustomerKind.Company, cancellationToken)))
        {
            throw new RuleViolation("parentCompanyId", text["Validation.ParentCompanyInvalid"]);
        }
    }

    /// <summary>
    /// Saves; when a unique index refuses the row because someone else took the phone (or e-mail, card,
    /// id) a moment ago, answers with the same 409 the up-front check gives.
    /// </summary>
    private async Task SaveAsync(MuhtarDbContext db, CustomerDraft draft, Guid self, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await conflicts.FindAsync(fresh, draft, self, cancellationToken) is { } violation)
            {
                throw violation;
            }

            throw;
        }
    }

    private static IQueryable<Customer> WithChildren(IQueryable<Customer> customers) =>
        customers.Include(c => c.Tags).Include(c => c.ExternalIds).AsSplitQuery();
}
