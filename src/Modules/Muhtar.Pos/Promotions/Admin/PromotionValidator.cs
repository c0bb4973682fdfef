using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Promotions.Engine;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Promotions.Admin;

/// <summary>Turns a <see cref="PromotionRequest"/> into <see cref="PromotionValues"/> or a RuleViolation naming the field as the API spells it.</summary>
internal sealed class PromotionValidator(IStringLocalizer<PromotionsResource> text)
{
    public async Task<PromotionValues> ValidateAsync(MuhtarDbContext db, PromotionRequest r, Guid? selfId, CancellationToken ct)
    {
        var name = r.Name?.Trim() ?? "";
        Require(name.Length is > 0 and <= 200, "name", "Validation.Name");
        var kind = Enums.Parse<PromotionKind>(r.Kind) ?? throw Bad("kind", "Validation.Kind");
        var target = await TargetAsync(db, r.Target ?? new TargetRequest("any"), "target", ct);
        var reward = kind == PromotionKind.BuyNGetY && r.RewardTarget is not null ? await TargetAsync(db, r.RewardTarget, "rewardTarget", ct) : null;
        var priority = r.Priority ?? 0;
        Require(priority is >= -1000 and <= 1000, "priority", "Validation.Priority");
        Require(r.StartsAt is null || r.EndsAt is null || r.EndsAt > r.StartsAt, "endsAt", "Validation.EndsAt");
        var stores = (r.StoreIds ?? []).Distinct().ToList();
        Require(stores.Count <= 100 && await db.Set<Store>().CountAsync(s => stores.Contains(s.Id), ct) == stores.Count, "storeIds", "Validation.Stores");
        long? budget = r.Budget is null ? null : Kurus(r.Budget.Value, "budget", positive: true);
        Require(r.PerCustomerLimit is null or (>= 1 and <= 1000), "perCustomerLimit", "Validation.PerCustomerLimit");
        var audience = (r.Audience ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        Require(audience.Count <= 20 && audience.All(ValidAudienceKey), "audience", "Validation.Audience");
        audience = audience.Select(a => a.StartsWith(CustomerKeys.TagPrefix, StringComparison.Ordinal)
            ? CustomerKeys.Key(CustomerKeys.TagPrefix, a[CustomerKeys.TagPrefix.Length..])
            : CustomerKeys.Key(CustomerKeys.TierPrefix, a[CustomerKeys.TierPrefix.Length..])).ToList();

        int buy = 0, get = 0, percent = 0, validDays = 0;
        long amount = 0, threshold = 0, points = 0;
        Guid? issued = null;
        string? couponTitle = null;
        switch (kind)
        {
            case PromotionKind.BuyNGetY:
                buy = r.BuyQuantity ?? 0;
                get = r.GetQuantity ?? 0;
                Require(buy is >= 1 and <= 100, "buyQuantity", "Validation.BuyQuantity");
                Require(get is >= 1 and <= 100, "getQuantity", "Validation.GetQuantity");
                percent = r.PercentOff ?? 100;
                Require(percent is >= 1 and <= 100, "percentOff", "Validation.PercentOff");
                break;
            case PromotionKind.PercentOff:
                percent = r.PercentOff ?? 0;
                Require(percent is >= 1 and <= 100, "percentOff", "Validation.PercentOff");
                break;
            case PromotionKind.AmountOff:
                amount = Kurus(r.AmountOff ?? 0, "amountOff", positive: true);
                threshold = Kurus(r.Threshold ?? 0, "threshold", positive: false);
                break;
            case PromotionKind.BasketThresholdPoints:
                threshold = Kurus(r.Threshold ?? 0, "threshold", positive: true);
                points = r.BonusPoints ?? 0;
                Require(points is >= 1 and <= 10_000_000, "bonusPoints", "Validation.BonusPoints");
                break;
            case PromotionKind.ReceiptBottomCoupon:
                issued = r.IssuedPromotionId;
                Require(issued is not null && issued != selfId
                    && await db.Set<Promotion>().AnyAsync(p => p.Id == issued && p.RequiresCoupon, ct), "issuedPromotionId", "Validation.IssuedPromotion");
                validDays = r.CouponValidDays ?? 30;
                Require(validDays is >= 1 and <= 366, "couponValidDays", "Validation.CouponValidDays");
                couponTitle = string.IsNullOrWhiteSpace(r.CouponTitle) ? null : r.CouponTitle.Trim();
                Require(couponTitle is null or { Length: <= 200 }, "couponTitle", "Validation.CouponTitle");
                break;
        }

        return new PromotionValues(name, kind, target, reward, priority, r.Exclusive ?? false, r.StartsAt?.UtcDateTime, r.EndsAt?.UtcDateTime,
            stores, budget, r.RequiresCoupon ?? false, r.PerCustomerLimit, audience, buy, get, percent, amount, threshold, points, issued,
            couponTitle, validDays);
    }

    private async Task<ItemTarget> TargetAsync(MuhtarDbContext db, TargetRequest t, string field, CancellationToken ct)
    {
        var kind = Enums.Parse<TargetKind>(t.Kind == "any" ? "anyProduct" : t.Kind) ?? throw Bad(field + ".kind", "Validation.TargetKind");
        var id = t.Id;
        var exists = kind switch
        {
            TargetKind.Product => id is not null && await db.Set<Product>().AnyAsync(p => p.Id == id, ct),
            TargetKind.Category => id is not null && await db.Set<Category>().AnyAsync(c => c.Id == id, ct),
            TargetKind.Brand => id is not null && await db.Set<Brand>().AnyAsync(b => b.Id == id, ct),
            _ => true,
        };
        Require(exists, field + ".id", "Validation.TargetId");
        if (kind == TargetKind.Tag)
        {
            var tag = ProductTag.Normalize(t.Tag ?? "");
            Require(tag.Length is > 0 and <= 100, field + ".tag", "Validation.TargetTag");
            return new ItemTarget(kind, null, tag);
        }

        return new ItemTarget(kind, kind == TargetKind.AnyProduct ? null : id);
    }

    private static bool ValidAudienceKey(string key) =>
        (key.StartsWith(CustomerKeys.TagPrefix, StringComparison.Ordinal) && key.Length > CustomerKeys.TagPrefix.Length)
        || (key.StartsWith(CustomerKeys.TierPrefix, StringComparison.Ordinal) && key.Length > CustomerKeys.TierPrefix.Length);

    private long Kurus(decimal tryAmount, string field, bool positive)
    {
        var kurus = tryAmount * 100;
        Require(kurus == decimal.Truncate(kurus) && (positive ? kurus > 0 : kurus >= 0) && kurus <= 1_000_000_000_00m, field, "Validation.Money");
        return (long)kurus;
    }

    private void Require(bool ok, string field, string key)
    {
        if (!ok)
        {
            throw Bad(field, key);
        }
    }

    private RuleViolation Bad(string field, string key) => new(field, text[key]);
}
