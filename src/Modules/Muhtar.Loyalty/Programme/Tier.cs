using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Programme;

/// <summary>
/// A level (Bronz, Gümüş, Altın). A customer is in the highest tier whose <see cref="ThresholdPoints"/>
/// they reached with points EARNED in the last 12 months (purchases and promotion bonuses, less returns;
/// manual adjustments and redemptions do not count), so a tier follows recent buying and falls back by
/// itself. The tier's multiplier applies on top of the winning earn rule.
/// </summary>
internal sealed class Tier : ITenantScoped, IAudited
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);

    private Tier()
    {
    }

    public Tier(TierDraft draft)
    {
        Id = Guid.CreateVersion7();
        Apply(draft);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public long ThresholdPoints { get; private set; }

    /// <summary>In thousandths: 1500 earns half as many points again.</summary>
    public int EarnMultiplierMilli { get; private set; }

    /// <summary>Other benefits in the business's words ("free delivery"), shown to staff.</summary>
    public string? Benefits { get; private set; }

    public void Apply(TierDraft draft)
    {
        Name = draft.Name;
        ThresholdPoints = draft.ThresholdPoints;
        EarnMultiplierMilli = draft.EarnMultiplierMilli;
        Benefits = draft.Benefits;
    }
}

internal sealed record TierDraft(string Name, long ThresholdPoints, int EarnMultiplierMilli, string? Benefits);
