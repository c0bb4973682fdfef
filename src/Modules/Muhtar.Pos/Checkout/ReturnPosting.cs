using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Abstractions.Pos.Events;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Receipts;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// Returns and exchanges (P7): goods of a receipt, or of an online order taken back in any store (click &amp;
/// collect), refunded at the line's net price share and with the loyalty points and stamps reversed, in one
/// transaction with <see cref="ReceiptReturned"/>. An exchange is a return plus a new receipt.
/// </summary>
internal sealed class ReturnPosting(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    BasketReader baskets,
    TillStores stores,
    ILoyaltyAccounts loyalty,
    TimeProvider time,
    IStringLocalizer<CheckoutResource> text)
{
    public async Task<ReturnResponse> PostAsync(ReturnRequest request, ClaimsPrincipal? caller, CancellationToken ct)
    {
        var store = await stores.RequireAsync(request.StoreCode, "storeCode", ct);
        baskets.RequireKeyStore(caller, store.Code);
        var tillCode = stores.RequireTill(store, request.TillCode);
        baskets.RequireKeyTill(caller, tillCode);
        if (request.Lines is not { Count: > 0 } requested)
        {
            throw new RuleViolation("lines", text["Lines.Empty"]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var original = await FindOriginalAsync(db, request, ct);
        // Hold the original receipt until commit: two returns of it at once are counted one after the other,
        // so together they can never give back more than was bought.
        await db.Set<Receipt>().Where(r => r.Id == original.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RecordedAt, r => r.RecordedAt), ct);
        var returnedBefore = await db.Set<ReceiptReturnLine>().AsNoTracking()
            .Where(l => db.Set<ReceiptReturn>().Any(r => r.Id == l.ReturnId && r.OriginalReceiptId == original.Id))
            .GroupBy(l => l.OriginalLineNo)
            .Select(g => new { LineNo = g.Key, Milli = g.Sum(l => l.QuantityMilli) })
            .ToDictionaryAsync(x => x.LineNo, x => x.Milli, ct);

        var lines = new Dictionary<int, (ReceiptLine Line, int Milli)>();
        for (var i = 0; i < requested.Count; i++)
        {
            var (line, milli) = ReadLine(original, requested[i], i, returnedBefore, lines);
            lines[line.LineNo] = (line, lines.TryGetValue(line.LineNo, out var earlier) ? earlier.Milli + milli : milli);
            var available = line.QuantityMilli - returnedBefore.GetValueOrDefault(line.LineNo);
            if (lines[line.LineNo].Milli > available)
            {
                throw new RuleViolation($"lines[{i}].quantity", text["Return.TooMuch", Quantity.ToDecimal(Math.Max(available, 0))]);
            }
        }

        var returnLines = lines.Values.OrderBy(x => x.Line.LineNo).Select(x => new ReceiptReturnLine(
            x.Line.LineNo, x.Milli, Refund(x.Line, returnedBefore.GetValueOrDefault(x.Line.LineNo), x.Milli))).ToList();
        var occurredAt = request.OccurredAt?.UtcDateTime ?? now;
        var entry = new ReceiptReturn(original.Id, original.CustomerId, store.Id, tillCode, occurredAt, now, returnLines);
        db.Add(entry);
        LoyaltyPosting? posting = null;
        if (original.CustomerId is { } customerId)
        {
            posting = await loyalty.PostReturnAsync(db, new LoyaltyReturn(entry.Id, original.Id, customerId, occurredAt,
                returnLines.Select(l => new LoyaltyReturnLine(l.OriginalLineNo, lines[l.OriginalLineNo].Line.QuantityMilli, l.QuantityMilli)).ToList()), ct);
            // A reversal takes points back; the posting may report it as a negative earn.
            entry.RecordPointsReversed(Math.Abs(posting.PointsEarned));
        }

        db.Publish(new ReceiptReturned(entry.Id, original.Id, original.CustomerId, store.Id, occurredAt, entry.RefundKurus, entry.PointsReversed));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ReturnResponse(entry.Id, original.Id, CheckoutMoney.ToTry(entry.RefundKurus),
            returnLines.Select(l => new ReturnLineResponse(l.OriginalLineNo, lines[l.OriginalLineNo].Line.Barcode, Quantity.ToDecimal(l.QuantityMilli),
                CheckoutMoney.ToTry(l.RefundKurus))).ToList(),
            entry.PointsReversed, posting?.Balance);
    }

    /// <summary>
    /// The line's net total times the returned share, computed on the running total returned so that the
    /// parts of a line returned in several goes add up exactly to its net total.
    /// </summary>
    public static long Refund(ReceiptLine line, int returnedBeforeMilli, int milli) =>
        Share(line.LineTotalKurus, returnedBeforeMilli + milli, line.QuantityMilli) - Share(line.LineTotalKurus, returnedBeforeMilli, line.QuantityMilli);

    private static long Share(long net, int milli, int of) => (long)Math.Round(net * (decimal)milli / of, MidpointRounding.AwayFromZero);

    private async Task<Receipt> FindOriginalAsync(MuhtarDbContext db, ReturnRequest request, CancellationToken ct)
    {
        var receipts = db.Set<Receipt>().AsNoTracking().Include(r => r.Lines);
        if (request.OriginalReceiptId is { } id)
        {
            return await receipts.FirstOrDefaultAsync(r => r.Id == id, ct)
                ?? throw new RuleViolation("originalReceiptId", text["Return.Unknown"], StatusCodes.Status404NotFound);
        }

        if (!string.IsNullOrWhiteSpace(request.OrderId))
        {
            var orderId = request.OrderId.Trim();
            var online = db.Set<Store>().Where(s => s.IsOnline).Select(s => s.Id);
            return await receipts.FirstOrDefaultAsync(r => r.ReceiptNo == orderId && online.Contains(r.StoreId), ct)
                ?? throw new RuleViolation("orderId", text["Return.UnknownOrder"], StatusCodes.Status404NotFound);
        }

        throw new RuleViolation("originalReceiptId", text["Return.OneOf"]);
    }

    private (ReceiptLine Line, int Milli) ReadLine(
        Receipt original, ReturnLineRequest? line, int index, Dictionary<int, int> returnedBefore, Dictionary<int, (ReceiptLine Line, int Milli)> taken)
    {
        if (line?.Quantity is not { } quantity || quantity <= 0 || Quantity.TryFromDecimal(quantity) is not { } milli)
        {
            throw new RuleViolation($"lines[{index}].quantity", text["Quantity.Invalid"]);
        }

        ReceiptLine? found = null;
        if (line.LineNo is { } lineNo)
        {
            found = original.Lines.FirstOrDefault(l => l.LineNo == lineNo);
        }
        else if (!string.IsNullOrWhiteSpace(line.Barcode))
        {
            // By barcode: the first line of that product that still has something to give back.
            var withBarcode = original.Lines.Where(l => l.Barcode == line.Barcode.Trim()).OrderBy(l => l.LineNo).ToList();
            found = withBarcode.FirstOrDefault(l => l.QuantityMilli - returnedBefore.GetValueOrDefault(l.LineNo)
                - (taken.TryGetValue(l.LineNo, out var t) ? t.Milli : 0) >= milli) ?? withBarcode.FirstOrDefault();
        }

        return found is null ? throw new RuleViolation($"lines[{index}]", text["Return.LineUnknown"]) : (found, milli);
    }
}
