using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Privacy;

/// <summary>
/// The person's purchases. A receipt holds no personal value of the customer: store, till, cashier (staff),
/// number, time, amounts and lines, plus the customer's id. Erasure therefore changes nothing here: the id
/// keeps pointing at the anonymised customer shell, so sales per store and month, and the customer's own
/// spend, stay exactly as they were.
/// </summary>
internal sealed class ReceiptPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "receipts";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var receipts = await (
                from r in db.Set<Receipt>().AsNoTracking()
                where r.CustomerId == customerId
                join s in db.Set<Store>() on r.StoreId equals s.Id
                orderby r.OccurredAt, r.Id
                select new { r.OccurredAt, Store = s.Name, r.TillCode, r.ReceiptNo, Lines = r.Lines.Count, r.DiscountKurus, r.TotalKurus, r.PaymentType })
            .ToListAsync(cancellationToken);
        return new
        {
            Count = receipts.Count,
            TotalKurus = receipts.Sum(r => r.TotalKurus),
            Receipts = receipts.Select(r => new
            {
                OccurredAt = DateTime.SpecifyKind(r.OccurredAt, DateTimeKind.Utc),
                r.Store,
                r.TillCode,
                r.ReceiptNo,
                r.Lines,
                r.DiscountKurus,
                r.TotalKurus,
                PaymentType = r.PaymentType.ToString().ToLowerInvariant(),
            }).ToList(),
        };
    }

    public Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) => Task.CompletedTask;
}
