using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.WorkOrders.Orders;

namespace Muhtar.WorkOrders.Integration;

/// <summary>Merging customers moves the merged one's work orders to the survivor; undo moves exactly those back.</summary>
internal sealed class WorkOrderMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "workorders.orders";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var moved = await db.Set<WorkOrder>().Where(o => o.CustomerId == from).Select(o => o.Id).ToListAsync(cancellationToken);
        if (moved.Count == 0)
        {
            return null;
        }

        await db.Set<WorkOrder>().Where(o => moved.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(moved);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var moved = state is null ? null : JsonSerializer.Deserialize<List<Guid>>(state);
        if (moved is { Count: > 0 })
        {
            await db.Set<WorkOrder>().Where(o => moved.Contains(o.Id) && o.CustomerId == into)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.CustomerId, from), cancellationToken);
        }
    }
}
