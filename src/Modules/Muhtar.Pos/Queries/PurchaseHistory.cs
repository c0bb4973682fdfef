using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Pos;
using Muhtar.Platform.Data;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Queries;

/// <summary>Answers other modules' questions about a customer's purchases, within the current business.</summary>
internal sealed class PurchaseHistory(IDbContextFactory<MuhtarDbContext> factory) : IPurchaseHistory
{
    public async Task<IReadOnlyList<PurchaseSummary>> RecentForCustomerAsync(Guid customerId, int take, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, 200);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await (
                from r in db.Set<Receipt>().AsNoTracking()
                where r.CustomerId == customerId
                orderby r.OccurredAt descending, r.Id descending
                join s in db.Set<Store>() on r.StoreId equals s.Id
                select new { r.Id, r.OccurredAt, r.StoreId, StoreName = s.Name, r.ReceiptNo, LineCount = r.Lines.Count, r.DiscountKurus, r.TotalKurus, r.PaymentType })
            .Take(take)
            .ToListAsync(ct);
        return rows
            .Select(r => new PurchaseSummary(r.Id, Utc(r.OccurredAt), r.StoreId, r.StoreName, r.ReceiptNo, r.LineCount, r.DiscountKurus, r.TotalKurus, r.PaymentType))
            .ToList();
    }

    public async Task<CustomerSpend> SpendAsync(Guid customerId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var totals = await db.Set<Receipt>().AsNoTracking()
            .Where(r => r.CustomerId == customerId)
            .GroupBy(r => r.CustomerId)
            .Select(g => new { Count = g.Count(), Total = g.Sum(r => r.TotalKurus), First = g.Min(r => r.OccurredAt), Last = g.Max(r => r.OccurredAt) })
            .SingleOrDefaultAsync(ct);
        return totals is null
            ? new CustomerSpend(customerId, 0, 0, null, null)
            : new CustomerSpend(customerId, totals.Count, totals.Total, Utc(totals.First), Utc(totals.Last));
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
