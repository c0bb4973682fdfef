using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Programme;

/// <summary>
/// The points programme of one business (one row per tenant). Rounding: each line earns
/// floor(paid kuruş × rate × multipliers) points, so a customer never gets more than the rules give;
/// a redemption is worth exactly points × <see cref="PointValueKurus"/>.
/// </summary>
internal sealed class LoyaltyProgramme : ITenantScoped, IAudited
{
    public const int OneX = 1000;

    private LoyaltyProgramme()
    {
    }

    public LoyaltyProgramme(ProgrammeSettings settings)
    {
        Id = Guid.CreateVersion7();
        Apply(settings);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>Off: nothing is earned or redeemed (the ledger and stamp cards stay).</summary>
    public bool IsActive { get; private set; }

    /// <summary>Points per 1 TL paid, in thousandths (1000 = 1 point per TL; 500 = 1 point per 2 TL).</summary>
    public int EarnRateMilli { get; private set; }

    /// <summary>What one point is worth when redeemed, in kuruş (1 = 0,01 TL).</summary>
    public long PointValueKurus { get; private set; }

    /// <summary>The fewest points a customer may redeem in one sale.</summary>
    public long MinRedeemPoints { get; private set; }

    /// <summary>The largest share of a basket (after promotions and stamp rewards) payable by points, 1..100.</summary>
    public int MaxRedeemPercent { get; private set; }

    /// <summary>Points expire this many months after they were earned (FIFO); null: never.</summary>
    public int? ExpiryMonths { get; private set; }

    /// <summary>Lots due before this instant have been looked at by the expiry job.</summary>
    public DateTime ExpiryScannedUntil { get; private set; }

    public void Apply(ProgrammeSettings settings)
    {
        IsActive = settings.IsActive;
        EarnRateMilli = settings.EarnRateMilli;
        PointValueKurus = settings.PointValueKurus;
        MinRedeemPoints = settings.MinRedeemPoints;
        MaxRedeemPercent = settings.MaxRedeemPercent;
        ExpiryMonths = settings.ExpiryMonths;
    }

    public void ScannedUntil(DateTime at) => ExpiryScannedUntil = at;

    public ProgrammeSettings Settings => new(IsActive, EarnRateMilli, PointValueKurus, MinRedeemPoints, MaxRedeemPercent, ExpiryMonths);
}
