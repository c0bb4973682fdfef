using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// KVKK: a customer's custom-field values are personal data (a free-text note, a birthday). Export lists them
/// by key with their labels, archived fields included; erasure removes them (no report total depends on them).
/// </summary>
internal sealed class CustomFieldPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "customFields";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CustomerCustomValue>().AsNoTracking().Where(v => v.CustomerId == customerId).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var ids = rows.Select(r => r.FieldId).Distinct().ToList();
        var fields = await db.Set<CustomFieldDefinition>().AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        return fields.OrderBy(f => f.Order).ToDictionary(
            f => f.Key,
            f => new { label = f.Label, value = CustomFieldValue.FromRows(f, rows.Where(r => r.FieldId == f.Id)).ToJson(f.Type) });
    }

    public Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        db.Set<CustomerCustomValue>().Where(v => v.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
}
