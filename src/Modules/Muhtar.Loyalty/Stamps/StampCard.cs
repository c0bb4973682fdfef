using Muhtar.Abstractions.Pos;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Stamps;

/// <summary>
/// A stamp card (P5, "5 kahve al, 6. bedava"): every unit of a stamping product bought adds a stamp (a
/// weighed line adds one stamp); when <see cref="StampsRequired"/> are collected the next sale with a
/// stamping product gets its cheapest stamping unit free and the card starts again.
/// </summary>
internal sealed class StampCard : ITenantScoped, IAudited
{
    private readonly List<StampCardTarget> _targets = [];

    private StampCard()
    {
    }

    public StampCard(StampCardDraft draft)
    {
        Id = Guid.CreateVersion7();
        Apply(draft);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public int StampsRequired { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime? StartsAt { get; private set; }

    public DateTime? EndsAt { get; private set; }

    /// <summary>Products, categories and brands whose units stamp.</summary>
    public IReadOnlyList<StampCardTarget> Targets => _targets;

    public bool IsActiveAt(DateTime at) => IsActive && (StartsAt is null || StartsAt <= at) && (EndsAt is null || at < EndsAt);

    public void Apply(StampCardDraft draft)
    {
        Name = draft.Name;
        StampsRequired = draft.StampsRequired;
        IsActive = draft.IsActive;
        StartsAt = draft.StartsAt;
        EndsAt = draft.EndsAt;
        _targets.Clear();
        _targets.AddRange(draft.Targets.Distinct());
    }
}

/// <summary>One product, category or brand a card stamps.</summary>
internal sealed record StampCardTarget(CatalogKind Kind, Guid TargetId);

internal sealed record StampCardDraft(
    string Name, int StampsRequired, bool IsActive, DateTime? StartsAt, DateTime? EndsAt, IReadOnlyList<StampCardTarget> Targets);
