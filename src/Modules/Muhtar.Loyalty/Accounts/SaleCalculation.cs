using Muhtar.Abstractions.Loyalty;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Stamps;

namespace Muhtar.Loyalty.Accounts;

/// <summary>The quote of a sale plus the per-line detail its ledger rows keep for returns.</summary>
internal sealed record SaleCalculation(
    LoyaltyQuote Quote,
    IReadOnlyList<LedgerLine> EarnLines,
    IReadOnlyList<LedgerLine> RedeemLines,
    IReadOnlyList<CardOutcome> Cards,
    RedemptionProblem? Problem,
    long MaxRedeemPoints);

/// <summary>Stamps a sale adds to one card, per line, and the line whose unit a ready card paid for.</summary>
internal sealed record CardOutcome(StampCard Card, IReadOnlyList<LedgerLine> StampLines, int? RewardLineNo)
{
    public int StampsAdded => (int)StampLines.Sum(l => l.Amount);
}

/// <summary>Why a requested redemption cannot be made.</summary>
internal enum RedemptionProblem
{
    NoProgramme,
    NoCustomer,
    BelowMinimum,
    AboveBalance,
    AboveMaxShare,
}
