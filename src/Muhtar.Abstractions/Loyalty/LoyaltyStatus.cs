namespace Muhtar.Abstractions.Loyalty;

/// <summary>A customer's standing in the programme, as the till shows it.</summary>
public sealed record LoyaltyStatus(
    long Balance,
    long BalanceValueKurus,
    string? Tier,
    IReadOnlyList<StampCardStatus> StampCards);

public sealed record StampCardStatus(Guid Id, string Name, int Stamps, int Required, bool RewardReady);
