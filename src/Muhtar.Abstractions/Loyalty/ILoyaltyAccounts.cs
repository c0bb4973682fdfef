using Microsoft.EntityFrameworkCore;

namespace Muhtar.Abstractions.Loyalty;

/// <summary>
/// The loyalty programme of the current business (P4, P5), answered by the Loyalty module and asked by the
/// till. Quotes have no side effects; postings add their rows to the caller's <see cref="DbContext"/> so
/// that a receipt, its points and its stamps are stored in one transaction (the caller saves). A posting
/// for the same receipt or return twice is refused by a unique ledger key, never counted twice.
/// </summary>
public interface ILoyaltyAccounts
{
    /// <summary>Balance, its TRY value, tier and stamp cards of a customer of the current business.</summary>
    Task<LoyaltyStatus> GetStatusAsync(Guid customerId, CancellationToken cancellationToken = default);

    /// <summary>What a sale would earn and redeem, given the lines after promotion discounts. Throws
    /// RuleViolation (field "redeemPoints") when the redemption breaks the programme's rules.</summary>
    Task<LoyaltyQuote> QuoteAsync(LoyaltyBasket basket, CancellationToken cancellationToken = default);

    /// <summary>Adds the sale's ledger rows (earn, redeem, stamps, stamp rewards) to <paramref name="db"/>;
    /// recomputes the quote inside the caller's transaction and returns what was posted.</summary>
    Task<LoyaltyPosting> PostSaleAsync(DbContext db, Guid receiptId, LoyaltyBasket basket, CancellationToken cancellationToken = default);

    /// <summary>Reverses points and stamps of returned lines proportionally to the returned share of each
    /// line; adds the rows to <paramref name="db"/>.</summary>
    Task<LoyaltyPosting> PostReturnAsync(DbContext db, LoyaltyReturn loyaltyReturn, CancellationToken cancellationToken = default);
}
