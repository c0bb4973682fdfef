using Muhtar.Abstractions.Pos;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Programme;

/// <summary>
/// A multiplier on points for a product, category, brand or supplier, optionally within a window
/// ("double points on overstocked items", "3x on brand X in December"). When several rules match a
/// line, the highest multiplier wins; they never stack.
/// </summary>
internal sealed class EarnRule : ITenantScoped, IAudited
{
    private EarnRule()
    {
    }

    public EarnRule(EarnRuleDraft draft)
    {
        Id = Guid.CreateVersion7();
        Apply(draft);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public CatalogKind TargetKind { get; private set; }

    public Guid TargetId { get; private set; }

    /// <summary>In thousandths: 2000 doubles the points.</summary>
    public int MultiplierMilli { get; private set; }

    /// <summary>Inclusive start, UTC; null: always.</summary>
    public DateTime? StartsAt { get; private set; }

    /// <summary>Exclusive end, UTC; null: open-ended.</summary>
    public DateTime? EndsAt { get; private set; }

    public bool IsActiveAt(DateTime at) => (StartsAt is null || StartsAt <= at) && (EndsAt is null || at < EndsAt);

    public void Apply(EarnRuleDraft draft)
    {
        Name = draft.Name;
        TargetKind = draft.TargetKind;
        TargetId = draft.TargetId;
        MultiplierMilli = draft.MultiplierMilli;
        StartsAt = draft.StartsAt;
        EndsAt = draft.EndsAt;
    }
}

internal sealed record EarnRuleDraft(string Name, CatalogKind TargetKind, Guid TargetId, int MultiplierMilli, DateTime? StartsAt, DateTime? EndsAt);
