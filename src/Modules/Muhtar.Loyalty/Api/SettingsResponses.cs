using Muhtar.Abstractions.Pos;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;

namespace Muhtar.Loyalty.Api;

/// <summary>Entities to their API shapes; catalogue names come from <see cref="ICatalogReader"/>.</summary>
internal static class SettingsResponses
{
    public static ProgrammeResponse Programme(ProgrammeSettings? stored)
    {
        var s = stored ?? ProgrammeSettings.Default with { IsActive = false };
        return new ProgrammeResponse(stored is not null, s.IsActive, LoyaltyWire.Factor(s.EarnRateMilli), LoyaltyWire.Try(s.PointValueKurus),
            s.MinRedeemPoints, s.MaxRedeemPercent, s.ExpiryMonths);
    }

    public static async Task<List<EarnRuleResponse>> RulesAsync(IEnumerable<EarnRule> rules, ICatalogReader catalog, CancellationToken ct)
    {
        var list = rules.ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var kind in list.Select(r => r.TargetKind).Distinct())
        {
            foreach (var item in await catalog.GetAsync(kind, list.Where(r => r.TargetKind == kind).Select(r => r.TargetId).ToList(), ct))
            {
                names[item.Id] = item.Name;
            }
        }

        return list.Select(r => new EarnRuleResponse(r.Id, r.Name, LoyaltyWire.Name(r.TargetKind), r.TargetId, names.GetValueOrDefault(r.TargetId),
            LoyaltyWire.Factor(r.MultiplierMilli), LoyaltyWire.Instant(r.StartsAt), LoyaltyWire.Instant(r.EndsAt))).ToList();
    }

    public static TierResponse Tier(Tier t) => new(t.Id, t.Name, t.ThresholdPoints, LoyaltyWire.Factor(t.EarnMultiplierMilli), t.Benefits);

    public static async Task<List<StampCardResponse>> CardsAsync(IEnumerable<StampCard> cards, ICatalogReader catalog, CancellationToken ct)
    {
        var list = cards.ToList();
        var targets = list.SelectMany(c => c.Targets).ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var kind in targets.Select(t => t.Kind).Distinct())
        {
            foreach (var item in await catalog.GetAsync(kind, targets.Where(t => t.Kind == kind).Select(t => t.TargetId).Distinct().ToList(), ct))
            {
                names[item.Id] = item.Name;
            }
        }

        return list.Select(c => new StampCardResponse(c.Id, c.Name, c.StampsRequired, c.IsActive, LoyaltyWire.Instant(c.StartsAt), LoyaltyWire.Instant(c.EndsAt),
            c.Targets.Select(t => new StampTargetResponse(LoyaltyWire.Name(t.Kind), t.TargetId, names.GetValueOrDefault(t.TargetId))).ToList())).ToList();
    }
}
