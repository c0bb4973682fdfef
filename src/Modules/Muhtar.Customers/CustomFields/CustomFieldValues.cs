using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// Reads and writes customers' custom-field values. <see cref="CustomerService"/> calls
/// <see cref="PrepareAsync"/> inside its own unit of work; the import calls <see cref="SetManyAsync"/>.
/// </summary>
internal sealed class CustomFieldValues(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    CustomFieldValueParser parser,
    IStringLocalizer<CustomFieldsResource> text)
{
    /// <summary>
    /// Checks the API's <c>customFields</c> object against the business's fields and returns what would change.
    /// Unknown or archived keys, values that do not fit, and a required field left empty (or missing on a new
    /// customer) are 422 problems naming <c>customFields.&lt;key&gt;</c>.
    /// </summary>
    public async Task<CustomFieldChanges> PrepareAsync(
        MuhtarDbContext db, Guid? customerId, IReadOnlyDictionary<string, JsonElement>? input, CancellationToken cancellationToken)
    {
        input ??= new Dictionary<string, JsonElement>();
        if (input.Count == 0 && customerId is not null)
        {
            return CustomFieldChanges.None;
        }

        var fields = await db.Set<CustomFieldDefinition>().AsNoTracking().ToListAsync(cancellationToken);
        var byKey = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var parsed = new Dictionary<CustomFieldDefinition, CustomFieldValue?>();
        foreach (var (key, json) in input)
        {
            var name = "customFields." + key;
            if (!byKey.TryGetValue(key.Trim(), out var field))
            {
                throw new RuleViolation(name, text["Value.UnknownField", key]);
            }

            if (field.IsArchived)
            {
                throw new RuleViolation(name, text["Value.ArchivedField", field.Label]);
            }

            if (!parser.TryRead(field, json, out var value, out var error))
            {
                throw new RuleViolation(name, error!);
            }

            parsed[field] = value;
        }

        foreach (var field in fields.Where(f => f.Required && !f.IsArchived))
        {
            var missing = parsed.TryGetValue(field, out var value) ? value is null : customerId is null;
            if (missing)
            {
                throw new RuleViolation("customFields." + field.Key, text["Value.Required", field.Label]);
            }
        }

        var current = customerId is { } id
            ? await db.Set<CustomerCustomValue>().Where(v => v.CustomerId == id).ToListAsync(cancellationToken)
            : [];
        var changes = new CustomFieldChanges();
        foreach (var (field, value) in parsed)
        {
            var rows = current.Where(r => r.FieldId == field.Id).ToList();
            var old = rows.Count == 0 ? null : CustomFieldValue.FromRows(field, rows);
            if (old?.AuditText(field.Type) != value?.AuditText(field.Type))
            {
                changes.Add(field, rows, old, value);
            }
        }

        return changes;
    }

    /// <summary>The values of the given customers' active fields as the API shows them: customer id → key → value.</summary>
    public static async Task<Dictionary<Guid, Dictionary<string, object?>>> LoadAsync(
        MuhtarDbContext db, IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        var result = customerIds.Distinct().ToDictionary(id => id, _ => new Dictionary<string, object?>(StringComparer.Ordinal));
        if (result.Count == 0)
        {
            return result;
        }

        var fields = await db.Set<CustomFieldDefinition>().AsNoTracking().Where(f => !f.IsArchived).ToDictionaryAsync(f => f.Id, cancellationToken);
        if (fields.Count == 0)
        {
            return result;
        }

        var ids = result.Keys.ToList();
        var rows = await db.Set<CustomerCustomValue>().AsNoTracking().Where(v => ids.Contains(v.CustomerId)).ToListAsync(cancellationToken);
        foreach (var group in rows.Where(r => fields.ContainsKey(r.FieldId)).GroupBy(r => (r.CustomerId, r.FieldId))
                     .OrderBy(g => fields[g.Key.FieldId].Order))
        {
            var field = fields[group.Key.FieldId];
            result[group.Key.CustomerId][field.Key] = CustomFieldValue.FromRows(field, group).ToJson(field.Type);
        }

        return result;
    }

    /// <summary>The response with its customer's custom-field values filled in.</summary>
    public static async Task<CustomerResponse> AttachAsync(MuhtarDbContext db, CustomerResponse customer, CancellationToken cancellationToken) =>
        customer with { CustomFields = (await LoadAsync(db, [customer.Id], cancellationToken))[customer.Id] };

    /// <summary>
    /// For the import: sets already parsed values (from <see cref="CustomFieldValueParser.TryParse"/>) on many
    /// customers in one transaction, each change audited. A null value removes the customer's value; a field
    /// key absent from a customer's dictionary is left as it is. Unknown customer ids (or another business's)
    /// are skipped; the number of customers changed is returned.
    /// </summary>
    public async Task<int> SetManyAsync(
        IReadOnlyList<(Guid CustomerId, IReadOnlyDictionary<string, CustomFieldValue?> Values)> batch, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changed = await StageAsync(db, batch, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// <see cref="SetManyAsync"/> on the caller's context without saving, so the values commit together with
    /// the caller's other changes (the import's batch and checkpoint). Customers added to <paramref name="db"/>
    /// and not yet saved count as known.
    /// </summary>
    public async Task<int> StageAsync(
        MuhtarDbContext db, IReadOnlyList<(Guid CustomerId, IReadOnlyDictionary<string, CustomFieldValue?> Values)> batch,
        CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var fields = await db.Set<CustomFieldDefinition>().AsNoTracking().ToDictionaryAsync(f => f.Key, StringComparer.Ordinal, cancellationToken);
        var ids = batch.Select(b => b.CustomerId).Distinct().ToList();
        var known = db.ChangeTracker.Entries<Customer>().Where(e => ids.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id, e => e.Entity);
        var unknown = ids.Where(id => !known.ContainsKey(id)).ToList();
        foreach (var stored in await db.Set<Customer>().Where(c => unknown.Contains(c.Id)).ToListAsync(cancellationToken))
        {
            known[stored.Id] = stored;
        }
        var rows = (await db.Set<CustomerCustomValue>().Where(v => ids.Contains(v.CustomerId)).ToListAsync(cancellationToken))
            .ToLookup(r => (r.CustomerId, r.FieldId));
        var now = time.GetUtcNow().UtcDateTime;
        var changedCustomers = 0;
        foreach (var (customerId, values) in batch)
        {
            if (!known.TryGetValue(customerId, out var customer))
            {
                continue;
            }

            var changes = new CustomFieldChanges();
            foreach (var (key, value) in values)
            {
                if (!fields.TryGetValue(key, out var field))
                {
                    throw new RuleViolation("customFields." + key, text["Value.UnknownField", key]);
                }

                var old = rows[(customerId, field.Id)].ToList();
                var oldValue = old.Count == 0 ? null : CustomFieldValue.FromRows(field, old);
                if (oldValue?.AuditText(field.Type) != value?.AuditText(field.Type))
                {
                    changes.Add(field, old, oldValue, value);
                }
            }

            if (changes.HasChanges)
            {
                changes.Apply(db, tenant, customerId, now, audit: true);
                if (db.Entry(customer).State != EntityState.Added)
                {
                    // A customer created in the same transaction has announced itself with CustomerCreated.
                    customer.Touch(now);
                    db.Publish(new CustomerUpdated(customerId, changes.FieldNames.ToList(), now));
                }

                changedCustomers++;
            }
        }

        return changedCustomers;
    }
}
