using Muhtar.Customers.Customers;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Audit;

/// <summary>
/// Changes to a customer's child rows (tags, external ids, addresses, notes) recorded on the customer
/// itself, so its audit trail tells the whole story; the context records field changes of the
/// customer row on its own.
/// </summary>
internal static class CustomerAuditLog
{
    public const string EntityType = nameof(Customer);

    public static void Record(MuhtarDbContext db, ITenantContext tenant, Guid customerId, string field, string? oldValue, string? newValue, DateTime now)
    {
        if (oldValue != newValue)
        {
            db.Add(new AuditEntry(EntityType, customerId, AuditAction.Updated, field, oldValue, newValue, tenant.UserId, tenant.ActorName, now));
        }
    }

    /// <summary>Audit rows name properties ("FirstName"); the API and the page speak camelCase ("firstName").</summary>
    public static string? ApiFieldName(string? field) =>
        string.IsNullOrEmpty(field) ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
