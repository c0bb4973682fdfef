using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Promotions;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// The one pricing pipeline of the till (P1, P6, P4): barcodes resolved against the catalogue (an unknown
/// barcode is still sold, with no product), promotions first, then loyalty on the lines net of promotion
/// discounts (stamp rewards and the points redemption become line discounts too). No side effects.
/// </summary>
internal sealed class CheckoutPricing(
    IDbContextFactory<MuhtarDbContext> dbFactory, PromotionService promotions, ILoyaltyAccounts loyalty, IStringLocalizer<CheckoutResource> text)
{
    public async Task<PricedBasket> PriceAsync(CheckoutBasket basket, DateTime at, CancellationToken ct)
    {
        var products = await ProductsAsync(basket.Lines.Select(l => l.Barcode).Distinct().ToList(), ct);
        var promotionLines = basket.Lines.Select(l =>
        {
            var product = products.GetValueOrDefault(l.Barcode);
            return new PromotionLine(l.LineNo, l.Barcode, product?.Id, product?.CategoryId, product?.BrandId, product?.SupplierId,
                product?.Tags ?? [], l.QuantityMilli, l.UnitPriceKurus);
        }).ToList();
        var promotionBasket = new PromotionBasket(basket.Store.Id, basket.CustomerId, at, basket.CouponCodes, promotionLines);
        var outcome = await promotions.EvaluateAsync(promotionBasket, ct);

        var discounts = basket.Lines.ToDictionary(l => l.LineNo, _ => new List<LineDiscount>());
        foreach (var d in outcome.Discounts.Where(d => d.DiscountKurus != 0))
        {
            discounts[d.LineNo].Add(new LineDiscount(d.PromotionId.ToString("D"), d.PromotionId, d.DiscountKurus));
        }

        var gross = basket.Lines.ToDictionary(l => l.LineNo, l => Quantity.Amount(l.UnitPriceKurus, l.QuantityMilli));
        LoyaltyBasket? loyaltyBasket = null;
        LoyaltyQuote? quote = null;
        if (basket.CustomerId is { } customerId)
        {
            loyaltyBasket = new LoyaltyBasket(customerId, at, promotionLines.Select(l => new LoyaltyLine(
                    l.LineNo, l.ProductId, l.CategoryId, l.BrandId, l.SupplierId, l.QuantityMilli, l.UnitPriceKurus,
                    gross[l.LineNo] - discounts[l.LineNo].Sum(x => x.AmountKurus))).ToList(),
                basket.RedeemPoints, outcome.BonusPoints);
            quote = await loyalty.QuoteAsync(loyaltyBasket, ct);
            foreach (var d in quote.LineDiscounts.Where(d => d.DiscountKurus != 0))
            {
                discounts[d.LineNo].Add(new LineDiscount(d.Source, null, d.DiscountKurus));
            }
        }

        var priced = basket.Lines.Select(l => new PricedLine(l, products.GetValueOrDefault(l.Barcode)?.Id, gross[l.LineNo], discounts[l.LineNo])).ToList();
        if (priced.FirstOrDefault(l => l.DiscountKurus < 0 || l.DiscountKurus > l.GrossKurus) is { } broken)
        {
            // Promotions and loyalty together may never give more than the line costs: refuse rather than store a negative line.
            throw new RuleViolation($"lines[{broken.Line.LineNo - 1}]", text["Line.OverDiscounted"]);
        }

        return new PricedBasket(basket, at, promotionBasket, outcome, loyaltyBasket, quote, priced);
    }

    private async Task<Dictionary<string, CatalogFacts>> ProductsAsync(List<string> barcodes, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<Product>().AsNoTracking()
            .Where(p => barcodes.Contains(p.Barcode))
            .Select(p => new { p.Id, p.Barcode, p.CategoryId, p.BrandId, p.SupplierId, Tags = p.Tags.Select(t => t.Tag).ToList() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Barcode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new CatalogFacts(r.Id, r.CategoryId, r.BrandId, r.SupplierId, r.Tags)).First(), StringComparer.Ordinal);
    }

    private sealed record CatalogFacts(Guid Id, Guid? CategoryId, Guid? BrandId, Guid? SupplierId, IReadOnlyList<string> Tags);
}
