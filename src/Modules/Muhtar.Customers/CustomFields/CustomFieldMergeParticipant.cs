using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;

namespace Muhtar.Customers.CustomFields;

/// <summary>
/// A merge moves the merged customer's custom-field values to the survivor for every field the survivor has
/// no value in; where both have one, the survivor's stays and the other remains with the merged record.
/// The moved row ids are the undo state.
/// </summary>
internal sealed class CustomFieldMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "customers.customFields";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var values = db.Set<CustomerCustomValue>();
        var taken = values.Where(v => v.CustomerId == into).Select(v => v.FieldId);
        var moving = await values.Where(v => v.CustomerId == from && !taken.Contains(v.FieldId)).Select(v => v.Id).ToListAsync(cancellationToken);
        if (moving.Count == 0)
        {
            return null;
        }

        await values.Where(v => moving.Contains(v.Id)).ExecuteUpdateAsync(s => s.SetProperty(v => v.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(moving);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        if (state is null)
        {
            return;
        }

        var moved = JsonSerializer.Deserialize<List<Guid>>(state) ?? [];
        await db.Set<CustomerCustomValue>().Where(v => moved.Contains(v.Id) && v.CustomerId == into)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.CustomerId, from), cancellationToken);
    }
}
