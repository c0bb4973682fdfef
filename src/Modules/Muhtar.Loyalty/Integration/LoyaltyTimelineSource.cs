using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Localization;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Data;

namespace Muhtar.Loyalty.Integration;

/// <summary>Points earned, redeemed, expired, reversed and adjusted, and stamp rewards earned (card full) and
/// redeemed, as timeline entries. Stamps that did not fill a card stay out: they would drown the feed.</summary>
internal sealed class LoyaltyTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<LoyaltyResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var points = await TimelinePaging.ReadAsync(
            db.Set<PointEntry>().AsNoTracking().Where(e => e.CustomerId == customerId && e.Points != 0), e => e.OccurredAt, Point, before, take, cancellationToken);
        var rewards = await TimelinePaging.ReadAsync(
            db.Set<StampEntry>().AsNoTracking().Where(e => e.CustomerId == customerId && e.Kind == StampEntryKind.Reward), e => e.OccurredAt, Reward, before, take, cancellationToken);
        var filled = await FilledAsync(db, customerId, before, take, cancellationToken);
        return TimelinePaging.Newest(points.Concat(rewards).Concat(filled), take);
    }

    private TimelineEntry Point(PointEntry e)
    {
        var points = (e.Kind == PointEntryKind.Adjustment ? e.Points : Math.Abs(e.Points)).ToString("N0", CultureInfo.CurrentCulture);
        return new TimelineEntry("loyalty:" + e.Id.ToString("D"), e.OccurredAt, "loyalty-" + LoyaltyWireKindsName(e.Kind),
            text[$"Timeline.{e.Kind}", points], e.Reason, Actor: e.EnteredBy);
    }

    private TimelineEntry Reward(StampEntry e) =>
        new("stamp-reward:" + e.Id.ToString("D"), e.OccurredAt, "stamp-reward", text["Timeline.StampRewardRedeemed"]);

    /// <summary>The sales whose stamps filled a card (the running sum crossed the required count).</summary>
    private async Task<IEnumerable<TimelineEntry>> FilledAsync(DbContext db, Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        var entries = await db.Set<StampEntry>().AsNoTracking().Where(e => e.CustomerId == customerId)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return [];
        }

        var cards = await db.Set<StampCard>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var found = new List<TimelineEntry>();
        foreach (var card in entries.GroupBy(e => e.CardId))
        {
            if (!cards.TryGetValue(card.Key, out var def))
            {
                continue;
            }

            var running = 0;
            foreach (var e in card)
            {
                var was = running;
                running += e.Stamps;
                if (e.Kind == StampEntryKind.Stamp && was < def.StampsRequired && running >= def.StampsRequired)
                {
                    found.Add(new TimelineEntry("stamp-full:" + e.Id.ToString("D"), e.OccurredAt, "stamp-card-full", text["Timeline.StampCardFull", def.Name]));
                }
            }
        }

        return TimelinePaging.Newest(found.Where(f => before is null || before.IsBefore(f)), take);
    }

    private static string LoyaltyWireKindsName(PointEntryKind kind) => Api.LoyaltyWireKinds.Name(kind).ToLowerInvariant();
}
