using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Abstractions.Pos.Events;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// "Add this receipt to my account" (P2): an anonymous receipt gets the customer with that phone and earns
/// its points then, once. The receipt's lines as stored (after their discounts) are what loyalty sees, plus the
/// bonus points its promotions gave when it was posted.
/// </summary>
internal sealed class ReceiptClaims(
    IDbContextFactory<MuhtarDbContext> dbFactory, ICustomerDirectory customers, ILoyaltyAccounts loyalty, IStringLocalizer<CheckoutResource> text)
{
    public async Task<ClaimResponse> ClaimAsync(Guid receiptId, ClaimRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipt = await db.Set<Receipt>().AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == receiptId, ct)
            ?? throw new RuleViolation("receiptId", text["Receipt.Unknown"], StatusCodes.Status404NotFound);
        if (string.IsNullOrWhiteSpace(request.Phone))
        {
            throw new RuleViolation("phone", text["Field.Required"]);
        }

        var customer = await customers.FindByPhoneAsync(request.Phone, ct) ?? throw new RuleViolation("phone", text["Phone.Unknown"]);
        if (receipt.CustomerId is not null)
        {
            throw Claimed();
        }

        var productIds = receipt.Lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Set<Product>().AsNoTracking().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.CategoryId, p.BrandId, p.SupplierId }, ct);
        var basket = new LoyaltyBasket(customer.Id, receipt.OccurredAt, receipt.Lines.OrderBy(l => l.LineNo).Select(l =>
        {
            var product = l.ProductId is { } id ? products.GetValueOrDefault(id) : null;
            return new LoyaltyLine(l.LineNo, l.ProductId, product?.CategoryId, product?.BrandId, product?.SupplierId,
                l.QuantityMilli, l.UnitPriceKurus, l.LineTotalKurus);
        }).ToList(), RedeemPoints: 0, BonusPoints: receipt.BonusPoints);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Only one claim wins: the update is conditional on the receipt still being anonymous.
        var claimed = await db.Set<Receipt>().Where(r => r.Id == receiptId && r.CustomerId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerId, (Guid?)customer.Id), ct);
        if (claimed == 0)
        {
            throw Claimed();
        }

        var posting = await loyalty.PostSaleAsync(db, receipt.Id, basket, ct);
        db.Publish(new ReceiptClaimed(receipt.Id, customer.Id, receipt.StoreId, receipt.OccurredAt, receipt.TotalKurus, posting.PointsEarned));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ClaimResponse(receipt.Id, customer.Id, posting.PointsEarned, posting.Balance);
    }

    private RuleViolation Claimed() => new("receiptId", text["Receipt.AlreadyClaimed"], StatusCodes.Status409Conflict);
}
