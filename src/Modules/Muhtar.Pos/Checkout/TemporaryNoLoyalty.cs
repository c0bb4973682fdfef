using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Loyalty;

namespace Muhtar.Pos.Checkout;

/// <summary>TEMPORARY until the Loyalty module is merged (session 4): a programme that earns and redeems nothing.</summary>
internal sealed class TemporaryNoLoyalty : ILoyaltyAccounts
{
    public Task<LoyaltyStatus> GetStatusAsync(Guid customerId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LoyaltyStatus(0, 0, null, []));

    public Task<LoyaltyQuote> QuoteAsync(LoyaltyBasket basket, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LoyaltyQuote(0, 0, 0, [], []));

    public Task<LoyaltyPosting> PostSaleAsync(DbContext db, Guid receiptId, LoyaltyBasket basket, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LoyaltyPosting(0, 0, 0, []));

    public Task<LoyaltyPosting> PostReturnAsync(DbContext db, LoyaltyReturn loyaltyReturn, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LoyaltyPosting(0, 0, 0, []));
}
