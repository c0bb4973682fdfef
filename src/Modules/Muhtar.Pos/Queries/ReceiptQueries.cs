using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Queries;

/// <summary>Reads the current business's receipts, newest first (P2).</summary>
internal sealed class ReceiptQueries(IDbContextFactory<MuhtarDbContext> factory)
{
    public async Task<PageOf<ReceiptView>> ListAsync(ReceiptFilter filter, int skip, int take, bool withLines, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var receipts = Filter(db.Set<Receipt>().AsNoTracking(), filter);
        var total = await receipts.CountAsync(ct);
        var page = receipts.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id).Skip(skip).Take(take);
        var items = await Project(db, page).ToListAsync(ct);
        if (withLines && items.Count > 0)
        {
            var lines = await LinesOf(db, items.Select(r => r.Id).ToList(), ct);
            items = items.Select(r => r with { Lines = lines[r.Id].ToList() }).ToList();
        }

        return new PageOf<ReceiptView>(items, total);
    }

    public async Task<ReceiptView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var receipt = await Project(db, db.Set<Receipt>().AsNoTracking().Where(r => r.Id == id)).SingleOrDefaultAsync(ct);
        if (receipt is null)
        {
            return null;
        }

        var lines = await LinesOf(db, [id], ct);
        return receipt with { Lines = lines[id].ToList() };
    }

    private static IQueryable<Receipt> Filter(IQueryable<Receipt> receipts, ReceiptFilter filter)
    {
        if (filter.CustomerId is { } customerId)
        {
            receipts = receipts.Where(r => r.CustomerId == customerId);
        }

        if (filter.StoreId is { } storeId)
        {
            receipts = receipts.Where(r => r.StoreId == storeId);
        }

        if (filter.From is { } from)
        {
            receipts = receipts.Where(r => r.OccurredAt >= from);
        }

        if (filter.To is { } to)
        {
            receipts = receipts.Where(r => r.OccurredAt < to);
        }

        return receipts;
    }

    private static IQueryable<ReceiptView> Project(MuhtarDbContext db, IQueryable<Receipt> receipts) =>
        from r in receipts
        join s in db.Set<Store>() on r.StoreId equals s.Id
        select new ReceiptView(
            r.Id, r.StoreId, s.Code, s.Name, r.TillCode, r.Cashier, r.ReceiptNo, r.OccurredAt, r.CustomerId,
            r.SubtotalKurus, r.DiscountKurus, r.TotalKurus, r.PaymentType, r.Lines.Count);

    private static async Task<ILookup<Guid, ReceiptLineView>> LinesOf(MuhtarDbContext db, List<Guid> receiptIds, CancellationToken ct)
    {
        var lines = await (
                from l in db.Set<ReceiptLine>().AsNoTracking()
                where receiptIds.Contains(l.ReceiptId)
                join p in db.Set<Product>() on l.ProductId equals p.Id into products
                from p in products.DefaultIfEmpty()
                orderby l.ReceiptId, l.LineNo
                select new ReceiptLineView(l.ReceiptId, l.LineNo, l.ProductId, l.Barcode, p == null ? null : p.Name,
                    l.QuantityMilli, l.UnitPriceKurus, l.DiscountKurus, l.LineTotalKurus))
            .ToListAsync(ct);
        return lines.ToLookup(l => l.ReceiptId);
    }
}
