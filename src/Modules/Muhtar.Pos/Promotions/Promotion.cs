using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Promotions.Engine;

namespace Muhtar.Pos.Promotions;

/// <summary>
/// A stored promotion (P6). Kind-specific values sit in plain columns that other kinds leave at zero;
/// <see cref="PromotionService"/> turns a row into the engine's <see cref="PromotionDefinition"/>.
/// Store ids and audience keys are short comma-separated texts so the audit trail shows them readably.
/// </summary>
internal sealed class Promotion : ITenantScoped, IAudited
{
    private Promotion()
    {
    }

    public Promotion(PromotionValues values, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = now;
        Apply(values, now);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public PromotionKind Kind { get; private set; }

    public TargetKind TargetKind { get; private set; }

    public Guid? TargetId { get; private set; }

    public string? TargetTag { get; private set; }

    public TargetKind? RewardTargetKind { get; private set; }

    public Guid? RewardTargetId { get; private set; }

    public string? RewardTargetTag { get; private set; }

    public int Priority { get; private set; }

    public bool Exclusive { get; private set; }

    public bool Paused { get; private set; }

    public DateTime? StartsAt { get; private set; }

    public DateTime? EndsAt { get; private set; }

    /// <summary>Comma-separated store ids; empty for every store.</summary>
    public string StoreList { get; private set; } = "";

    public long? BudgetKurus { get; private set; }

    /// <summary>Discount given so far against the budget; raised only by a conditional UPDATE at staging.</summary>
    public long SpentKurus { get; private set; }

    public bool RequiresCoupon { get; private set; }

    public int? PerCustomerLimit { get; private set; }

    /// <summary>Comma-separated audience keys ("tag:vip,tier:altın"); empty for everyone.</summary>
    public string AudienceList { get; private set; } = "";

    public int BuyQuantity { get; private set; }

    public int GetQuantity { get; private set; }

    public int PercentOff { get; private set; }

    public long AmountOffKurus { get; private set; }

    public long ThresholdKurus { get; private set; }

    public long BonusPoints { get; private set; }

    public Guid? IssuedPromotionId { get; private set; }

    public string? CouponTitle { get; private set; }

    public int CouponValidDays { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<Guid> StoreIds => StoreList.Length == 0 ? [] : StoreList.Split(',').Select(Guid.Parse).ToList();

    public IReadOnlyList<string> Audience => AudienceList.Length == 0 ? [] : AudienceList.Split(',');

    public void Apply(PromotionValues v, DateTime now)
    {
        Name = v.Name;
        Kind = v.Kind;
        (TargetKind, TargetId, TargetTag) = (v.Target.Kind, v.Target.Id, v.Target.Tag);
        (RewardTargetKind, RewardTargetId, RewardTargetTag) = (v.RewardTarget?.Kind, v.RewardTarget?.Id, v.RewardTarget?.Tag);
        Priority = v.Priority;
        Exclusive = v.Exclusive;
        StartsAt = v.StartsAt;
        EndsAt = v.EndsAt;
        StoreList = string.Join(',', v.StoreIds.Distinct().Order().Select(s => s.ToString("D")));
        BudgetKurus = v.BudgetKurus;
        RequiresCoupon = v.RequiresCoupon;
        PerCustomerLimit = v.PerCustomerLimit;
        AudienceList = string.Join(',', v.Audience.Distinct(StringComparer.Ordinal));
        BuyQuantity = v.BuyQuantity;
        GetQuantity = v.GetQuantity;
        PercentOff = v.PercentOff;
        AmountOffKurus = v.AmountOffKurus;
        ThresholdKurus = v.ThresholdKurus;
        BonusPoints = v.BonusPoints;
        IssuedPromotionId = v.IssuedPromotionId;
        CouponTitle = v.CouponTitle;
        CouponValidDays = v.CouponValidDays;
        UpdatedAt = now;
    }

    public void SetPaused(bool paused, DateTime now)
    {
        Paused = paused;
        UpdatedAt = now;
    }

    public PromotionDefinition ToDefinition() => new(
        Id, Name, Kind, new ItemTarget(TargetKind, TargetId, TargetTag), Priority, Exclusive, Paused, StartsAt, EndsAt, StoreIds,
        BudgetKurus, SpentKurus, RequiresCoupon, PerCustomerLimit, Audience, BuyQuantity, GetQuantity,
        RewardTargetKind is { } reward ? new ItemTarget(reward, RewardTargetId, RewardTargetTag) : null,
        PercentOff, AmountOffKurus, ThresholdKurus, BonusPoints, IssuedPromotionId, CouponTitle, CouponValidDays);
}
