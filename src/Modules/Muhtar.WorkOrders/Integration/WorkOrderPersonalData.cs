using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.WorkOrders.Orders;

namespace Muhtar.WorkOrders.Integration;

/// <summary>
/// KVKK: the export lists the person's work orders. Erasure blanks the free-text notes staff typed (they may
/// say anything about the person); number, item, amounts, dates and status stay so the shop's books add up.
/// </summary>
internal sealed class WorkOrderPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "workOrders";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var orders = await db.Set<WorkOrder>().AsNoTracking().Where(o => o.CustomerId == customerId)
            .OrderBy(o => o.ReceivedAt).ToListAsync(cancellationToken);
        return orders.Count == 0
            ? null
            : orders.Select(o => new
            {
                o.Number,
                o.Description,
                Price = o.PriceKurus / 100m,
                Deposit = o.DepositKurus / 100m,
                o.PromisedOn,
                o.Notes,
                Status = WorkOrderMessages.Wire(o.Status),
                o.ReceivedAt,
            }).ToList();
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        await db.Set<WorkOrder>().Where(o => o.CustomerId == customerId && o.Notes != null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Notes, (string?)null), cancellationToken);
}
