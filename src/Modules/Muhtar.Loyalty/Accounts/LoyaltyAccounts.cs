using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Localization;
using Muhtar.Loyalty.Programme;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Loyalty.Accounts;

/// <summary>
/// The till's view of the programme (<see cref="ILoyaltyAccounts"/>). Postings add rows to the caller's
/// context and change the customer's balance row there; the caller's single SaveChanges stores receipt,
/// points and stamps together, and the unique ledger keys make a second posting of the same receipt or
/// return fail that SaveChanges instead of counting twice.
/// </summary>
internal sealed class LoyaltyAccounts(
    IDbContextFactory<MuhtarDbContext> dbFactory, ProgrammeCache programme, TimeProvider time, IStringLocalizer<LoyaltyResource> text) : ILoyaltyAccounts
{
    public async Task<LoyaltyStatus> GetStatusAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var terms = await TermsReader.ReadAsync(db, await programme.GetAsync(cancellationToken), customerId, now, cancellationToken);
        var value = terms.Programme is { } p ? terms.Balance * p.PointValueKurus : 0;
        var cards = terms.Cards.Select(c => new StampCardStatus(c.Card.Id, c.Card.Name, c.Stamps, c.Card.StampsRequired, c.RewardReady)).ToList();
        return new LoyaltyStatus(terms.Balance, value, terms.Tier?.Name, cards);
    }

    public async Task<LoyaltyQuote> QuoteAsync(LoyaltyBasket basket, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var terms = await TermsReader.ReadAsync(db, await programme.GetAsync(cancellationToken), basket.CustomerId, basket.OccurredAt, cancellationToken);
        return Checked(SaleCalculator.Calculate(basket, terms), terms).Quote;
    }

    public async Task<LoyaltyPosting> PostSaleAsync(DbContext db, Guid receiptId, LoyaltyBasket basket, CancellationToken cancellationToken = default)
    {
        if (basket.CustomerId == Guid.Empty)
        {
            return new LoyaltyPosting(0, 0, 0, []);
        }

        var account = await AccountAsync(db, basket.CustomerId, cancellationToken);
        var terms = await TermsReader.ReadAsync(db, await programme.GetAsync(cancellationToken), basket.CustomerId, basket.OccurredAt, cancellationToken) with { Balance = account.Balance };
        var sale = Checked(SaleCalculator.Calculate(basket, terms), terms);
        var now = time.GetUtcNow().UtcDateTime;
        var customer = basket.CustomerId;
        var at = basket.OccurredAt;

        if (sale.Quote.PointsToRedeem > 0)
        {
            db.Add(new PointEntry(customer, PointEntryKind.Redeem, -sale.Quote.PointsToRedeem, SourceKinds.Receipt, receiptId, at, now, sale.RedeemLines)
                .ForReceipt(receiptId));
        }

        if (sale.Quote.PointsToEarn > 0)
        {
            var expires = terms.Programme!.ExpiryMonths is { } months ? at.AddMonths(months) : (DateTime?)null;
            db.Add(new PointEntry(customer, PointEntryKind.Earn, sale.Quote.PointsToEarn, SourceKinds.Receipt, receiptId, at, now, sale.EarnLines)
                .ForReceipt(receiptId).Expiring(expires));
        }

        foreach (var card in sale.Cards)
        {
            if (card.RewardLineNo is { } rewardLine)
            {
                db.Add(new StampEntry(customer, card.Card.Id, StampEntryKind.Reward, -card.Card.StampsRequired, SourceKinds.Receipt, receiptId, at,
                    [new LedgerLine(rewardLine, -card.Card.StampsRequired, 1000)]).ForReceipt(receiptId, 0));
            }

            if (card.StampsAdded > 0)
            {
                db.Add(new StampEntry(customer, card.Card.Id, StampEntryKind.Stamp, card.StampsAdded, SourceKinds.Receipt, receiptId, at, card.StampLines)
                    .ForReceipt(receiptId, 0));
            }
        }

        account.Add(sale.Quote.PointsToEarn - sale.Quote.PointsToRedeem);
        return new LoyaltyPosting(sale.Quote.PointsToEarn, sale.Quote.PointsToRedeem, account.Balance, sale.Quote.Stamps);
    }

    public Task<LoyaltyPosting> PostReturnAsync(DbContext db, LoyaltyReturn loyaltyReturn, CancellationToken cancellationToken = default) =>
        new ReturnPosting(db, time.GetUtcNow().UtcDateTime, text).PostAsync(loyaltyReturn, cancellationToken);

    /// <summary>The customer's balance row, tracked in <paramref name="db"/> (created when it is the first posting).</summary>
    internal static async Task<LoyaltyAccount> AccountAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var local = db.Set<LoyaltyAccount>().Local.FirstOrDefault(a => a.CustomerId == customerId);
        if (local is not null)
        {
            return local;
        }

        if (db is MuhtarDbContext { IsPostgres: true } muhtar)
        {
            // A customer's first two sales at once would both insert the balance row and one would fail; here the
            // second waits for the first's row instead. (SQLite runs one writing transaction at a time anyway.)
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO loyalty_accounts ("Id", "Balance", "CustomerId", "TenantId", "Version")
                VALUES ({Guid.CreateVersion7()}, 0, {customerId}, {muhtar.CurrentTenantId}, {Guid.NewGuid()})
                ON CONFLICT ("TenantId", "CustomerId") DO NOTHING
                """, cancellationToken);
        }

        // Inside the caller's transaction this no-op update holds the row until commit, so two sales of one
        // customer at two tills run one after the other instead of failing on the concurrency token.
        await db.Set<LoyaltyAccount>().Where(a => a.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance), cancellationToken);
        var account = await db.Set<LoyaltyAccount>().FirstOrDefaultAsync(a => a.CustomerId == customerId, cancellationToken);
        if (account is null)
        {
            account = new LoyaltyAccount(customerId);
            db.Add(account);
        }

        return account;
    }

    /// <summary>The sale, or the refusal of its redemption as a problem naming "redeemPoints" (with the most
    /// points the customer could redeem on this basket, so the till can offer it).</summary>
    private SaleCalculation Checked(SaleCalculation sale, SaleTerms terms)
    {
        if (sale.Problem is not { } problem)
        {
            return sale;
        }

        var message = text[$"Redeem.{problem}", sale.MaxRedeemPoints, terms.Programme?.MinRedeemPoints ?? 0];
        throw new RuleViolation("redeemPoints", message).With("maxRedeemPoints", sale.MaxRedeemPoints);
    }
}
