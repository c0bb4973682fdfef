using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.WorkOrders.Orders;

/// <summary>What the order page and the paper ticket show: the order, its customer and the business's name for the ticket's head.</summary>
internal sealed class WorkOrderTicket(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, WorkOrderService orders, ICustomerDirectory customers)
{
    public async Task<WorkOrderView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var order = await orders.GetAsync(id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var business = await db.Set<Tenant>().Where(t => t.Id == tenant.TenantId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        var customer = await customers.GetAsync(order.CustomerId, cancellationToken);
        return new WorkOrderView(new WorkOrderRow(order, customer, order.IsOverdue(orders.Today())), business ?? "");
    }
}

internal sealed record WorkOrderView(WorkOrderRow Row, string BusinessName);
