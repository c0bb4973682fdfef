using Muhtar.Loyalty.Ledger;

namespace Muhtar.Loyalty.Expiry;

/// <summary>
/// FIFO over a customer's ledger: every positive row is a lot; spending, reversals and negative adjustments
/// use up the oldest lot that has not expired (an expired lot only when nothing else is left, which happens
/// when the expiry job runs late); an expiry row closes its own lot. What is left of each lot is what expires.
/// </summary>
internal static class PointLots
{
    public static Dictionary<Guid, long> Remaining(IEnumerable<PointEntry> ledger)
    {
        var lots = new List<(PointEntry Entry, long Left)>();
        foreach (var e in ledger.OrderBy(e => e.OccurredAt).ThenBy(e => e.RecordedAt).ThenBy(e => e.Id))
        {
            if (e.Points > 0)
            {
                lots.Add((e, e.Points));
            }
            else if (e.Kind == PointEntryKind.Expiry)
            {
                var i = lots.FindIndex(l => l.Entry.Id == e.SourceId);
                if (i >= 0)
                {
                    lots[i] = (lots[i].Entry, Math.Max(0, lots[i].Left + e.Points));
                }
            }
            else
            {
                var need = -e.Points;
                need = Consume(lots, need, l => l.Entry.ExpiresAt is null || l.Entry.ExpiresAt > e.OccurredAt);
                Consume(lots, need, _ => true);
            }
        }

        return lots.ToDictionary(l => l.Entry.Id, l => l.Left);
    }

    private static long Consume(List<(PointEntry Entry, long Left)> lots, long need, Func<(PointEntry Entry, long Left), bool> usable)
    {
        for (var i = 0; i < lots.Count && need > 0; i++)
        {
            if (lots[i].Left > 0 && usable(lots[i]))
            {
                var used = Math.Min(need, lots[i].Left);
                lots[i] = (lots[i].Entry, lots[i].Left - used);
                need -= used;
            }
        }

        return need;
    }
}
