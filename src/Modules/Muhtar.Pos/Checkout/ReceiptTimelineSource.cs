using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Platform.Data;
using Muhtar.Pos.Localization;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Checkout;

/// <summary>A customer's receipts and returns on their timeline (C5): "Fiş 1234 · 245,50 ₺ · Kadıköy".</summary>
internal sealed class ReceiptTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<CheckoutResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sales = from r in db.Set<Receipt>().AsNoTracking()
                    join s in db.Set<Store>().AsNoTracking() on r.StoreId equals s.Id
                    where r.CustomerId == customerId
                    select new Row { Id = r.Id, At = r.OccurredAt, ReceiptNo = r.ReceiptNo, AmountKurus = r.TotalKurus, Place = s.District, Cashier = r.Cashier };
        var returns = from x in db.Set<ReceiptReturn>().AsNoTracking()
                      join r in db.Set<Receipt>().AsNoTracking() on x.OriginalReceiptId equals r.Id
                      join s in db.Set<Store>().AsNoTracking() on x.StoreId equals s.Id
                      where x.CustomerId == customerId
                      select new Row { Id = x.Id, At = x.OccurredAt, ReceiptNo = r.ReceiptNo, AmountKurus = x.RefundKurus, Place = s.District, IsReturn = true };
        var saleEntries = await TimelinePaging.ReadAsync(sales, r => r.At, r => ToEntry(r, customerId), before, take, cancellationToken);
        var returnEntries = await TimelinePaging.ReadAsync(returns, r => r.At, r => ToEntry(r, customerId), before, take, cancellationToken);
        return TimelinePaging.Newest(saleEntries.Concat(returnEntries), take);
    }

    private TimelineEntry ToEntry(Row r, Guid customerId) => new(
        (r.IsReturn ? "return:" : "receipt:") + r.Id.ToString("D"),
        DateTime.SpecifyKind(r.At, DateTimeKind.Utc),
        r.IsReturn ? "return" : "receipt",
        string.Format(CultureInfo.CurrentCulture, text[r.IsReturn ? "Timeline.Return" : "Timeline.Receipt"], r.ReceiptNo, PosFormat.Money(r.AmountKurus), r.Place),
        Href: $"/pos/receipts?customerId={customerId:D}",
        Actor: r.Cashier);

    /// <summary>A member-initialised projection, so the paging's time comparisons translate to SQL.</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }

        public DateTime At { get; init; }

        public string ReceiptNo { get; init; } = "";

        public long AmountKurus { get; init; }

        public string Place { get; init; } = "";

        public string? Cashier { get; init; }

        public bool IsReturn { get; init; }
    }
}
