namespace Muhtar.Ledger.Book;

/// <summary>"Owes since": payments settle the oldest charges first; a reversed entry and its reversal cancel out.</summary>
internal static class Fifo
{
    public static DateTime? OldestUnpaid(IEnumerable<CreditEntry> entries)
    {
        var list = entries.ToList();
        var reversed = list.Where(e => e.ReversesId is not null).Select(e => e.ReversesId!.Value).ToHashSet();
        var live = list.Where(e => e.ReversesId is null && !reversed.Contains(e.Id)).ToList();
        var paid = -live.Where(e => e.AmountKurus < 0).Sum(e => e.AmountKurus);
        foreach (var charge in live.Where(e => e.AmountKurus > 0).OrderBy(e => e.RecordedAt).ThenBy(e => e.Id))
        {
            if (paid < charge.AmountKurus)
            {
                return charge.RecordedAt;
            }

            paid -= charge.AmountKurus;
        }

        return null;
    }
}
