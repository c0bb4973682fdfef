using Microsoft.EntityFrameworkCore;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;

namespace Muhtar.Loyalty.Accounts;

/// <summary>Reads the <see cref="SaleTerms"/> of a customer at an instant: the business's definitions from
/// <see cref="ProgrammeDefinitions"/> (cached), the customer's rows through a given context (the caller's
/// transaction when posting). Read without tracking: postings load the balance row themselves.</summary>
internal static class TermsReader
{
    public static async Task<SaleTerms> ReadAsync(
        DbContext db, ProgrammeDefinitions definitions, Guid customerId, DateTime at, CancellationToken cancellationToken)
    {
        var settings = definitions.Settings;
        var rules = settings is { IsActive: true }
            ? definitions.Rules.Where(r => (r.StartsAt == null || r.StartsAt <= at) && (r.EndsAt == null || r.EndsAt > at)).ToList()
            : [];
        var known = customerId != Guid.Empty;
        var tier = known && settings is { IsActive: true } ? await TierAsync(db, definitions.Tiers, customerId, at, cancellationToken) : null;
        var balance = known ? await BalanceAsync(db, customerId, cancellationToken) : 0;
        var cards = await CardsAsync(db, definitions.ActiveCards, known ? customerId : null, at, cancellationToken);
        return new SaleTerms(settings, rules, tier, balance, cards);
    }

    public static async Task<long> BalanceAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        await db.Set<LoyaltyAccount>().AsNoTracking().Where(a => a.CustomerId == customerId).Select(a => a.Balance).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The highest tier reached with points earned (less returns) in the 12 months up to <paramref name="at"/>.</summary>
    public static async Task<Tier?> TierAsync(DbContext db, IReadOnlyList<Tier> tiers, Guid customerId, DateTime at, CancellationToken cancellationToken)
    {
        if (tiers.Count == 0)
        {
            return null;
        }

        var since = at - Tier.Window;
        var earned = await db.Set<PointEntry>().AsNoTracking()
            .Where(e => e.CustomerId == customerId && e.OccurredAt > since && e.OccurredAt <= at
                && (e.Kind == PointEntryKind.Earn || e.Kind == PointEntryKind.EarnReversal))
            .SumAsync(e => e.Points, cancellationToken);
        return tiers.Where(t => t.ThresholdPoints <= earned).OrderByDescending(t => t.ThresholdPoints).FirstOrDefault();
    }

    /// <summary>Cards in force at <paramref name="at"/>, with the customer's stamps on each (0 when anonymous).</summary>
    public static async Task<IReadOnlyList<CardState>> CardsAsync(
        DbContext db, IReadOnlyList<StampCard> activeCards, Guid? customerId, DateTime at, CancellationToken cancellationToken)
    {
        var cards = activeCards.Where(c => (c.StartsAt == null || c.StartsAt <= at) && (c.EndsAt == null || c.EndsAt > at)).ToList();
        if (cards.Count == 0 || customerId is null)
        {
            return cards.Select(c => new CardState(c, 0)).ToList();
        }

        var stamps = await StampsAsync(db, customerId.Value, cancellationToken);
        return cards.Select(c => new CardState(c, stamps.GetValueOrDefault(c.Id))).ToList();
    }

    public static async Task<Dictionary<Guid, int>> StampsAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        await db.Set<StampEntry>().AsNoTracking().Where(s => s.CustomerId == customerId)
            .GroupBy(s => s.CardId).Select(g => new { g.Key, Stamps = g.Sum(s => s.Stamps) })
            .ToDictionaryAsync(x => x.Key, x => x.Stamps, cancellationToken);
}
