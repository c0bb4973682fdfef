using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Localization;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Errors;

namespace Muhtar.Loyalty.Accounts;

/// <summary>
/// Reverses a return's share of a sale. Each line's points, redeemed points and stamps are reversed in the
/// proportion its returned quantity (added to earlier returns of that line) bears to the quantity bought, so
/// several partial returns add up to exactly the whole. Redeemed points come back first; earned points are
/// then taken back, but never below a zero balance: what the customer had already spent is recorded as the
/// entry's shortfall and not claimed again. Stamps spent on a reward are likewise not taken back. A reward's
/// free unit itself is not refunded as a reward.
/// </summary>
internal sealed class ReturnPosting(DbContext db, DateTime now, IStringLocalizer<LoyaltyResource> text)
{
    public async Task<LoyaltyPosting> PostAsync(LoyaltyReturn ret, CancellationToken cancellationToken)
    {
        var receiptId = ret.OriginalReceiptId;
        var points = await db.Set<PointEntry>().AsNoTracking().Where(e => e.ReceiptId == receiptId).ToListAsync(cancellationToken);
        var stamps = await db.Set<StampEntry>().AsNoTracking().Where(e => e.ReceiptId == receiptId).ToListAsync(cancellationToken);
        var customer = points.Select(p => p.CustomerId).Concat(stamps.Select(s => s.CustomerId)).FirstOrDefault();
        if (customer == Guid.Empty)
        {
            // The sale earned, spent and stamped nothing: nothing to reverse.
            return new LoyaltyPosting(0, 0, 0, []);
        }

        Validate(ret);
        var account = await LoyaltyAccounts.AccountAsync(db, customer, cancellationToken);
        var at = ret.OccurredAt;

        var giveBack = Reverse(ret, points.Where(p => p.Kind == PointEntryKind.Redeem).Select(p => p.Lines),
            points.Where(p => p.Kind == PointEntryKind.RedeemReversal).Select(p => p.Lines));
        var redeemed = -points.Where(p => p.Kind == PointEntryKind.Redeem).Sum(p => p.Points);
        if (redeemed > 0)
        {
            var back = giveBack.Sum(l => l.Amount);
            // Points given back are a new lot: they expire as newly earned points would.
            var months = await db.Set<LoyaltyProgramme>().AsNoTracking().Select(p => p.ExpiryMonths).FirstOrDefaultAsync(cancellationToken);
            var expires = months is { } m ? at.AddMonths(m) : (DateTime?)null;
            db.Add(new PointEntry(customer, PointEntryKind.RedeemReversal, back, SourceKinds.Return, ret.ReturnId, at, now, giveBack)
                .ForReceipt(receiptId).Expiring(expires));
            account.Add(back);
        }

        var takeBack = Reverse(ret, points.Where(p => p.Kind == PointEntryKind.Earn).Select(p => p.Lines),
            points.Where(p => p.Kind == PointEntryKind.EarnReversal).Select(p => p.Lines));
        long taken = 0;
        if (points.Any(p => p.Kind == PointEntryKind.Earn))
        {
            var intended = takeBack.Sum(l => l.Amount);
            taken = Math.Min(intended, Math.Max(0, account.Balance));
            db.Add(new PointEntry(customer, PointEntryKind.EarnReversal, -taken, SourceKinds.Return, ret.ReturnId, at, now, takeBack)
                .ForReceipt(receiptId).WithShortfall(intended - taken));
            account.Add(-taken);
        }

        var changes = await ReverseStampsAsync(ret, customer, stamps, cancellationToken);
        var givenBack = redeemed > 0 ? giveBack.Sum(l => l.Amount) : 0;
        return new LoyaltyPosting(-taken, -givenBack, account.Balance, changes);
    }

    private async Task<List<StampChange>> ReverseStampsAsync(LoyaltyReturn ret, Guid customer, List<StampEntry> stamps, CancellationToken cancellationToken)
    {
        var changes = new List<StampChange>();
        var stamped = stamps.Where(s => s.Kind == StampEntryKind.Stamp).ToList();
        if (stamped.Count == 0)
        {
            return changes;
        }

        var current = await TermsReader.StampsAsync(db, customer, cancellationToken);
        var names = await db.Set<StampCard>().AsNoTracking().Where(c => stamped.Select(s => s.CardId).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        foreach (var entry in stamped)
        {
            var lines = Reverse(ret, [entry.Lines], stamps.Where(s => s.Kind == StampEntryKind.Reversal && s.CardId == entry.CardId).Select(s => s.Lines));
            var intended = (int)lines.Sum(l => l.Amount);
            var taken = Math.Min(intended, Math.Max(0, current.GetValueOrDefault(entry.CardId)));
            db.Add(new StampEntry(customer, entry.CardId, StampEntryKind.Reversal, -taken, SourceKinds.Return, ret.ReturnId, ret.OccurredAt, lines)
                .ForReceipt(ret.OriginalReceiptId, intended - taken));
            changes.Add(new StampChange(entry.CardId, names.GetValueOrDefault(entry.CardId, ""), -taken, 0));
        }

        return changes;
    }

    /// <summary>Per returned line: the share of the original amount for all returns so far, less what earlier returns took.</summary>
    private static List<LedgerLine> Reverse(LoyaltyReturn ret, IEnumerable<IReadOnlyList<LedgerLine>> originals, IEnumerable<IReadOnlyList<LedgerLine>> earlier)
    {
        var original = originals.SelectMany(l => l).GroupBy(l => l.LineNo).ToDictionary(g => g.Key, g => (Amount: g.Sum(l => l.Amount), Quantity: g.Max(l => l.QuantityMilli)));
        var before = earlier.SelectMany(l => l).GroupBy(l => l.LineNo).ToDictionary(g => g.Key, g => g.Sum(l => (long)l.QuantityMilli));
        var result = new List<LedgerLine>();
        foreach (var line in ret.Lines)
        {
            if (!original.TryGetValue(line.LineNo, out var o))
            {
                continue;
            }

            var whole = o.Quantity > 0 ? o.Quantity : line.OriginalQuantityMilli;
            var previously = before.GetValueOrDefault(line.LineNo);
            var amount = Proportion.Share(o.Amount, previously + line.ReturnedQuantityMilli, whole) - Proportion.Share(o.Amount, previously, whole);
            result.Add(new LedgerLine(line.LineNo, amount, line.ReturnedQuantityMilli));
        }

        return result;
    }

    private void Validate(LoyaltyReturn ret)
    {
        for (var i = 0; i < ret.Lines.Count; i++)
        {
            var line = ret.Lines[i];
            if (line.ReturnedQuantityMilli <= 0 || line.ReturnedQuantityMilli > line.OriginalQuantityMilli)
            {
                throw new RuleViolation($"lines[{i}].quantity", text["Return.QuantityInvalid"]);
            }
        }
    }
}
