using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Abstractions.Pos;
using Muhtar.Abstractions.Pos.Events;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Promotions;
using Muhtar.Pos.Receipts;
using Npgsql;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// Stores a till's receipt (P2): the same pricing as evaluate, then the receipt, its line discounts, the
/// promotions' redemptions, the loyalty posting and <see cref="ReceiptPosted"/> in one transaction. A
/// receipt number the till already sent is a 409; retries with the same Idempotency-Key are answered by the
/// platform middleware before they get here.
/// </summary>
internal sealed class ReceiptPosting(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    BasketReader baskets,
    TillStores stores,
    CheckoutPricing pricing,
    PromotionService promotions,
    ILoyaltyAccounts loyalty,
    TimeProvider time,
    IStringLocalizer<CheckoutResource> text)
{
    private const int MaxCashier = 100;
    private const int MaxReceiptNo = 64;

    public async Task<PostedSale> PostAsync(ReceiptRequest request, ClaimsPrincipal? caller, CancellationToken ct)
    {
        var basket = await baskets.ReadAsync(request, caller, ct);
        var tillCode = stores.RequireTill(basket.Store, request.TillCode);
        baskets.RequireKeyTill(caller, tillCode);
        var cashier = Text(request.Cashier, "cashier", MaxCashier);
        var receiptNo = Text(request.ReceiptNo, "receiptNo", MaxReceiptNo);
        var occurredAt = request.OccurredAt?.UtcDateTime ?? throw new RuleViolation("occurredAt", text["Field.Required"]);
        var payment = Payment(request.PaymentType);
        var total = CheckoutMoney.TryKurus(request.Total) ?? throw new RuleViolation("total", text["Total.Invalid"]);

        var priced = await pricing.PriceAsync(basket, occurredAt, ct);
        if (total != priced.TotalKurus)
        {
            throw new RuleViolation("total", text["Total.Mismatch", CheckoutMoney.ToTry(total), CheckoutMoney.ToTry(priced.TotalKurus)]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<Receipt>().AnyAsync(r => r.StoreId == basket.Store.Id && r.TillCode == tillCode && r.ReceiptNo == receiptNo, ct))
        {
            throw Duplicate();
        }

        var header = new ReceiptHeader(basket.Store.Id, tillCode, cashier, receiptNo, occurredAt, basket.CustomerId, payment);
        var receipt = new Receipt(header, priced.Lines.Select(l => new ReceiptLine(
            l.Line.LineNo, l.ProductId, l.Line.Barcode, l.Line.QuantityMilli, l.Line.UnitPriceKurus, l.DiscountKurus)), time.GetUtcNow().UtcDateTime);
        receipt.RecordBonusPoints(priced.Outcome.BonusPoints);
        db.Add(receipt);
        db.AddRange(priced.Lines.SelectMany(l => l.Discounts.Select(d => new ReceiptLineDiscount(receipt.Id, l.Line.LineNo, d.Source, d.PromotionId, d.AmountKurus))));
        var coupons = await promotions.StageAsync(db, receipt.Id, priced.PromotionBasket, priced.Outcome, ct);
        var posting = priced.LoyaltyBasket is { } loyaltyBasket ? await loyalty.PostSaleAsync(db, receipt.Id, loyaltyBasket, ct) : null;
        db.Publish(new ReceiptPosted(receipt.Id, receipt.CustomerId, receipt.StoreId, receipt.OccurredAt, receipt.TotalKurus,
            receipt.DiscountKurus, receipt.Lines.Count, posting?.PointsEarned ?? 0));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsDuplicateReceipt(e))
        {
            // Another request stored the same number between our check and our insert.
            throw Duplicate();
        }

        await transaction.CommitAsync(ct);
        return new PostedSale(receipt.Id, priced, posting, coupons);
    }

    private RuleViolation Duplicate() => new("receiptNo", text["ReceiptNo.Taken"], StatusCodes.Status409Conflict);

    private string Text(string? value, string field, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new RuleViolation(field, text["Field.Required"]);
        }

        return trimmed.Length <= max ? trimmed : throw new RuleViolation(field, text["Field.TooLong", max]);
    }

    private PaymentType Payment(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "cash" => PaymentType.Cash,
        "card" => PaymentType.Card,
        "other" => PaymentType.Other,
        _ => throw new RuleViolation("paymentType", text["Payment.Invalid"]),
    };

    private static bool IsDuplicateReceipt(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName?.StartsWith("IX_pos_receipts_TenantId_StoreId_TillCode", StringComparison.Ordinal) == true,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("pos_receipts.ReceiptNo", StringComparison.Ordinal),
        _ => false,
    };
}
