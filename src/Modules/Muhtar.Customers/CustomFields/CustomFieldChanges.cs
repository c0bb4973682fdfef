using Muhtar.Customers.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// The checked custom-field changes of one customer, ready to be written in the same SaveChanges as the
/// customer itself: the old rows of each changed field go, the new ones come, and the audit trail gets
/// <c>customFields.&lt;key&gt;</c> old → new.
/// </summary>
internal sealed class CustomFieldChanges
{
    private readonly List<Change> _changes = [];

    public static CustomFieldChanges None { get; } = new();

    public bool HasChanges => _changes.Count > 0;

    /// <summary>"customFields.shoe_size" for each changed field, for the CustomerUpdated event.</summary>
    public IEnumerable<string> FieldNames => _changes.Select(c => "customFields." + c.Field.Key);

    public void Add(CustomFieldDefinition field, IReadOnlyList<CustomerCustomValue> oldRows, CustomFieldValue? oldValue, CustomFieldValue? newValue) =>
        _changes.Add(new(field, oldRows, oldValue, newValue));

    /// <summary>Stages the changes on <paramref name="db"/>; audited unless the customer is new (its creation is the audit line).</summary>
    public void Apply(MuhtarDbContext db, ITenantContext tenant, Guid customerId, DateTime now, bool audit)
    {
        foreach (var change in _changes)
        {
            db.RemoveRange(change.OldRows);
            if (change.NewValue is { } value)
            {
                db.AddRange(value.ToRows(customerId, change.Field.Id, change.Field.Type));
            }

            if (audit)
            {
                CustomerAuditLog.Record(
                    db, tenant, customerId, "CustomFields." + change.Field.Key,
                    change.OldValue?.AuditText(change.Field.Type), change.NewValue?.AuditText(change.Field.Type), now);
            }
        }
    }

    private sealed record Change(CustomFieldDefinition Field, IReadOnlyList<CustomerCustomValue> OldRows, CustomFieldValue? OldValue, CustomFieldValue? NewValue);
}
