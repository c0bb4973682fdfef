namespace Muhtar.Loyalty.Programme;

/// <summary>The editable values of <see cref="LoyaltyProgramme"/> (see its members for units).</summary>
internal sealed record ProgrammeSettings(
    bool IsActive, int EarnRateMilli, long PointValueKurus, long MinRedeemPoints, int MaxRedeemPercent, int? ExpiryMonths)
{
    /// <summary>What a business starts from: 1 point per TL, 1 point = 0,01 TL, at most half a basket, 24 months.</summary>
    public static ProgrammeSettings Default { get; } = new(true, LoyaltyProgramme.OneX, 1, 100, 50, 24);
}
