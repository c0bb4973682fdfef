using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;

namespace Muhtar.Loyalty.Accounts;

/// <summary>Everything a sale's loyalty outcome depends on, read once: the programme (null when the business
/// has none or it is off), the rules in force, the customer's tier, balance and stamps per active card.</summary>
internal sealed record SaleTerms(
    ProgrammeSettings? Programme,
    IReadOnlyList<EarnRule> Rules,
    Tier? Tier,
    long Balance,
    IReadOnlyList<CardState> Cards)
{
    public bool Earns => Programme is { IsActive: true };

    public int TierMultiplierMilli => Tier?.EarnMultiplierMilli ?? LoyaltyProgramme.OneX;
}

/// <summary>A card in force and the stamps the customer has on it.</summary>
internal sealed record CardState(StampCard Card, int Stamps)
{
    public bool RewardReady => Stamps >= Card.StampsRequired;
}
