using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Pos;
using Muhtar.Loyalty.Api;
using Muhtar.Loyalty.Localization;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Errors;

namespace Muhtar.Loyalty.Programme;

/// <summary>Turns settings requests into drafts, refusing bad values with a problem naming the field.
/// Catalogue targets must exist in this business's catalogue (which also keeps other businesses' ids out).</summary>
internal sealed class SettingsValidator(IStringLocalizer<LoyaltyResource> text, ICatalogReader catalog)
{
    public ProgrammeSettings Programme(ProgrammeRequest r)
    {
        var d = ProgrammeSettings.Default;
        var rate = r.PointsPerLira ?? d.EarnRateMilli / 1000m;
        Check(rate is >= 0 and <= 100 && decimal.Round(rate * 1000) == rate * 1000, "pointsPerLira", "Settings.EarnRateInvalid");
        var value = r.PointValue ?? d.PointValueKurus / 100m;
        Check(value is >= 0.01m and <= 100 && decimal.Round(value * 100) == value * 100, "pointValue", "Settings.PointValueInvalid");
        var min = r.MinRedeemPoints ?? d.MinRedeemPoints;
        Check(min is >= 0 and <= 100_000_000, "minRedeemPoints", "Settings.MinRedeemInvalid");
        var share = r.MaxRedeemPercent ?? d.MaxRedeemPercent;
        Check(share is >= 1 and <= 100, "maxRedeemPercent", "Settings.MaxShareInvalid");
        Check(r.ExpiryMonths is null or (>= 1 and <= 120), "expiryMonths", "Settings.ExpiryInvalid");
        return new ProgrammeSettings(r.IsActive ?? true, (int)(rate * 1000), (long)(value * 100), min, share, r.ExpiryMonths);
    }

    public async Task<EarnRuleDraft> RuleAsync(EarnRuleRequest r, CancellationToken cancellationToken)
    {
        var name = Name(r.Name, "name", "Rule.NameRequired", 200, "Rule.NameTooLong");
        Check(LoyaltyWire.TryKind(r.TargetKind, out var kind), "targetKind", "Rule.TargetKindInvalid");
        Check(r.TargetId is { } id && id != Guid.Empty, "targetId", "Rule.TargetRequired");
        Check((await catalog.GetAsync(kind, [r.TargetId!.Value], cancellationToken)).Count == 1, "targetId", "Rule.TargetUnknown");
        var multiplier = r.Multiplier ?? 0;
        Check(multiplier is >= 0.1m and <= 100 && decimal.Round(multiplier * 1000) == multiplier * 1000, "multiplier", "Rule.MultiplierInvalid");
        Check(r.StartsAt is null || r.EndsAt is null || r.EndsAt > r.StartsAt, "endsAt", "Rule.WindowInvalid");
        return new EarnRuleDraft(name, kind, r.TargetId.Value, (int)(multiplier * 1000), r.StartsAt?.UtcDateTime, r.EndsAt?.UtcDateTime);
    }

    public TierDraft Tier(TierRequest r)
    {
        var name = Name(r.Name, "name", "Tier.NameRequired", 100, "Rule.NameTooLong");
        Check(r.ThresholdPoints is >= 0, "thresholdPoints", "Tier.ThresholdInvalid");
        var multiplier = r.EarnMultiplier ?? 1;
        Check(multiplier is >= 0.1m and <= 100 && decimal.Round(multiplier * 1000) == multiplier * 1000, "earnMultiplier", "Rule.MultiplierInvalid");
        var benefits = string.IsNullOrWhiteSpace(r.Benefits) ? null : r.Benefits.Trim();
        Check(benefits is null || benefits.Length <= 1000, "benefits", "Tier.BenefitsTooLong");
        return new TierDraft(name, r.ThresholdPoints!.Value, (int)(multiplier * 1000), benefits);
    }

    public async Task<StampCardDraft> CardAsync(StampCardRequest r, CancellationToken cancellationToken)
    {
        var name = Name(r.Name, "name", "Rule.NameRequired", 200, "Rule.NameTooLong");
        Check(r.StampsRequired is >= 2 and <= 100, "stampsRequired", "Card.StampsInvalid");
        Check(r.StartsAt is null || r.EndsAt is null || r.EndsAt > r.StartsAt, "endsAt", "Rule.WindowInvalid");
        Check(r.Targets is { Count: > 0 }, "targets", "Card.TargetsRequired");
        var targets = new List<StampCardTarget>();
        for (var i = 0; i < r.Targets!.Count; i++)
        {
            var t = r.Targets[i];
            Check(LoyaltyWire.TryKind(t.Kind, out var kind) && kind != CatalogKind.Supplier, $"targets[{i}].kind", "Card.TargetKindInvalid");
            Check(t.Id is { } id && id != Guid.Empty, $"targets[{i}].id", "Rule.TargetRequired");
            Check((await catalog.GetAsync(kind, [t.Id!.Value], cancellationToken)).Count == 1, $"targets[{i}].id", "Rule.TargetUnknown");
            targets.Add(new StampCardTarget(kind, t.Id.Value));
        }

        return new StampCardDraft(name, r.StampsRequired!.Value, r.IsActive ?? true, r.StartsAt?.UtcDateTime, r.EndsAt?.UtcDateTime, targets);
    }

    private string Name(string? value, string field, string requiredKey, int max, string tooLongKey)
    {
        var name = value?.Trim() ?? "";
        Check(name.Length > 0, field, requiredKey);
        Check(name.Length <= max, field, tooLongKey);
        return name;
    }

    private void Check(bool ok, string field, string key)
    {
        if (!ok)
        {
            throw new RuleViolation(field, text[key]);
        }
    }
}
