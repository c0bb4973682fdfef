using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;

namespace Muhtar.WorkOrders.Orders;

/// <summary>The counter's list: open orders (or one status), searched by number, phone or name, with counts per status.</summary>
internal sealed class WorkOrderList(IDbContextFactory<MuhtarDbContext> dbFactory, ICustomerDirectory customers, WorkOrderService orders)
{
    public const int MaxRows = 300;

    public async Task<WorkOrderListResult> ListAsync(WorkOrderStatus? status, string? search, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Set<WorkOrder>().GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var query = db.Set<WorkOrder>().AsNoTracking();
        query = status is { } s ? query.Where(o => o.Status == s)
            : query.Where(o => o.Status != WorkOrderStatus.Delivered && o.Status != WorkOrderStatus.Cancelled);
        var term = search?.Trim() ?? "";
        var byName = false;
        if (int.TryParse(term, out var number) && term.Length <= 7)
        {
            query = query.Where(o => o.Number == number);
        }
        else if (term.Length > 0 && await customers.FindByPhoneAsync(term, cancellationToken) is { } byPhone)
        {
            query = query.Where(o => o.CustomerId == byPhone.Id);
        }
        else
        {
            byName = term.Length > 0;
        }

        var rows = await query.OrderBy(o => o.PromisedOn).ThenBy(o => o.Number).Take(MaxRows).ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, CustomerSummary?>();
        foreach (var id in rows.Select(o => o.CustomerId).Distinct())
        {
            names[id] = await customers.GetAsync(id, cancellationToken);
        }

        var today = orders.Today();
        var items = rows.Select(o => new WorkOrderRow(o, names[o.CustomerId], o.IsOverdue(today))).ToList();
        if (byName)
        {
            // Not a number and not a known phone: a part of the name, matched the Turkish way (İ/i, I/ı).
            var needle = term.ToLower(TurkishText.Turkish);
            items = items.Where(i => (i.Customer?.DisplayName ?? "").ToLower(TurkishText.Turkish).Contains(needle, StringComparison.Ordinal)).ToList();
        }

        return new WorkOrderListResult(items, counts.ToDictionary(c => c.Key, c => c.Count));
    }

    /// <summary>One customer's orders for their page: open ones first (by promised day), then the latest finished ones.</summary>
    public async Task<IReadOnlyList<WorkOrderRow>> ForCustomerAsync(Guid customerId, int historyLimit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<WorkOrder>().AsNoTracking().Where(o => o.CustomerId == customerId);
        var open = await query.Where(o => o.Status != WorkOrderStatus.Delivered && o.Status != WorkOrderStatus.Cancelled)
            .OrderBy(o => o.PromisedOn).ThenBy(o => o.Number).Take(MaxRows).ToListAsync(cancellationToken);
        var history = await query.Where(o => o.Status == WorkOrderStatus.Delivered || o.Status == WorkOrderStatus.Cancelled)
            .OrderByDescending(o => o.Number).Take(historyLimit).ToListAsync(cancellationToken);
        var today = orders.Today();
        return open.Concat(history).Select(o => new WorkOrderRow(o, null, o.IsOverdue(today))).ToList();
    }
}

internal sealed record WorkOrderRow(WorkOrder Order, CustomerSummary? Customer, bool IsOverdue);

internal sealed record WorkOrderListResult(IReadOnlyList<WorkOrderRow> Items, IReadOnlyDictionary<WorkOrderStatus, int> Counts);
