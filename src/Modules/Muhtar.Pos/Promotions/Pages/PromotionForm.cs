using Muhtar.Pos.Promotions.Admin;

namespace Muhtar.Pos.Promotions.Pages;

/// <summary>The editor's bindable state; <see cref="ToRequest"/> hands it to the same validation as the API.
/// Dates are picked in the business's time zone (Europe/Istanbul) and sent with their offset.</summary>
internal sealed class PromotionForm
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Istanbul", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("Europe/Istanbul", TimeSpan.FromHours(3), "Europe/Istanbul", "Europe/Istanbul");

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "percentOff";

    public TargetForm Target { get; set; } = new();

    public TargetForm Reward { get; set; } = new();

    public bool SeparateReward { get; set; }

    public int Priority { get; set; }

    public bool Exclusive { get; set; }

    public DateTime? StartsLocal { get; set; }

    public DateTime? EndsLocal { get; set; }

    public IEnumerable<Guid> StoreIds { get; set; } = [];

    public decimal? Budget { get; set; }

    public bool RequiresCoupon { get; set; }

    public int? PerCustomerLimit { get; set; }

    public string Audience { get; set; } = "";

    public int BuyQuantity { get; set; } = 2;

    public int GetQuantity { get; set; } = 1;

    public int PercentOff { get; set; } = 10;

    public decimal AmountOff { get; set; }

    public decimal Threshold { get; set; }

    public long BonusPoints { get; set; }

    public Guid? IssuedPromotionId { get; set; }

    public string? CouponTitle { get; set; }

    public int CouponValidDays { get; set; } = 30;

    public PromotionRequest ToRequest() => new(
        Name, Kind, Target.ToRequest(), SeparateReward ? Reward.ToRequest() : null, Priority, Exclusive, Offset(StartsLocal), Offset(EndsLocal),
        StoreIds.ToList(), Budget, RequiresCoupon, PerCustomerLimit,
        Audience.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), BuyQuantity, GetQuantity, PercentOff,
        AmountOff, Threshold, BonusPoints, IssuedPromotionId, CouponTitle, CouponValidDays);

    public static PromotionForm From(PromotionResponse p) => new()
    {
        Name = p.Name,
        Kind = p.Kind,
        Target = TargetForm.From(p.Target),
        Reward = p.RewardTarget is null ? new() : TargetForm.From(p.RewardTarget),
        SeparateReward = p.RewardTarget is not null,
        Priority = p.Priority,
        Exclusive = p.Exclusive,
        StartsLocal = p.StartsAt is { } s ? TimeZoneInfo.ConvertTimeFromUtc(s.UtcDateTime, Zone) : null,
        EndsLocal = p.EndsAt is { } e ? TimeZoneInfo.ConvertTimeFromUtc(e.UtcDateTime, Zone) : null,
        StoreIds = p.StoreIds,
        Budget = p.Budget,
        RequiresCoupon = p.RequiresCoupon,
        PerCustomerLimit = p.PerCustomerLimit,
        Audience = string.Join(", ", p.Audience),
        BuyQuantity = p.BuyQuantity,
        GetQuantity = p.GetQuantity,
        PercentOff = p.PercentOff,
        AmountOff = p.AmountOff,
        Threshold = p.Threshold,
        BonusPoints = p.BonusPoints,
        IssuedPromotionId = p.IssuedPromotionId,
        CouponTitle = p.CouponTitle,
        CouponValidDays = p.CouponValidDays == 0 ? 30 : p.CouponValidDays,
    };

    private static DateTimeOffset? Offset(DateTime? local) =>
        local is { } l ? new DateTimeOffset(DateTime.SpecifyKind(l, DateTimeKind.Unspecified), Zone.GetUtcOffset(l)) : null;
}

/// <summary>One target in the editor: every product, a category, a brand or a tag.</summary>
public sealed class TargetForm
{
    public string Kind { get; set; } = "any";

    public Guid? Id { get; set; }

    public string? Tag { get; set; }

    internal TargetRequest ToRequest() => new(Kind, Kind is "category" or "brand" or "product" ? Id : null, Kind == "tag" ? Tag : null);

    internal static TargetForm From(TargetRequest t) => new() { Kind = t.Kind ?? "any", Id = t.Id, Tag = t.Tag };
}
