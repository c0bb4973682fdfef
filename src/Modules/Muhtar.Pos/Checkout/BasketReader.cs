using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// Turns a till's basket into a <see cref="CheckoutBasket"/>: the store by code, the customer by id or phone
/// (within the current business only), lines in kuruş and milli-units. Each bad value is a problem naming
/// its field ("lines[2].quantity").
/// </summary>
internal sealed class BasketReader(TillStores stores, ICustomerDirectory customers, IStringLocalizer<CheckoutResource> text)
{
    public const int MaxLines = 500;
    private const int MaxBarcodeLength = 64;

    public async Task<CheckoutBasket> ReadAsync(BasketRequest request, ClaimsPrincipal? caller, CancellationToken ct)
    {
        var store = await stores.RequireAsync(request.StoreCode, "storeCode", ct);
        RequireKeyStore(caller, store.Code);
        var lines = ReadLines(request.Lines);
        var customerId = await ReadCustomerAsync(request, ct);
        var redeem = request.RedeemPoints ?? 0;
        if (redeem < 0)
        {
            throw new RuleViolation("redeemPoints", text["RedeemPoints.Negative"]);
        }

        if (redeem > 0 && customerId is null)
        {
            throw new RuleViolation("redeemPoints", text["RedeemPoints.NoCustomer"]);
        }

        var coupons = (request.CouponCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new CheckoutBasket(store, customerId, coupons, redeem, lines);
    }

    /// <summary>A key bound to a store (or a till) sells only there (403 naming the field).</summary>
    public void RequireKeyStore(ClaimsPrincipal? caller, string storeCode, string field = "storeCode")
    {
        if (caller?.FindFirstValue(MuhtarClaims.StoreCode) is { } bound && !string.Equals(bound, storeCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleViolation(field, text["Key.OtherStore", bound], StatusCodes.Status403Forbidden);
        }
    }

    public void RequireKeyTill(ClaimsPrincipal? caller, string tillCode, string field = "tillCode")
    {
        if (caller?.FindFirstValue(MuhtarClaims.TillCode) is { } bound && !string.Equals(bound, tillCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleViolation(field, text["Key.OtherTill", bound], StatusCodes.Status403Forbidden);
        }
    }

    private async Task<Guid?> ReadCustomerAsync(BasketRequest request, CancellationToken ct)
    {
        if (request.CustomerId is { } id)
        {
            return (await customers.GetAsync(id, ct))?.Id ?? throw new RuleViolation("customerId", text["Customer.Unknown"]);
        }

        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            // An unknown phone is refused rather than sold anonymously: the cashier enrols first, so no points are lost.
            return (await customers.FindByPhoneAsync(request.Phone, ct))?.Id ?? throw new RuleViolation("phone", text["Phone.Unknown"]);
        }

        return null;
    }

    private List<CheckoutLine> ReadLines(IReadOnlyList<BasketLineRequest>? requested)
    {
        if (requested is null || requested.Count == 0)
        {
            throw new RuleViolation("lines", text["Lines.Empty"]);
        }

        if (requested.Count > MaxLines)
        {
            throw new RuleViolation("lines", text["Lines.TooMany", MaxLines]);
        }

        var lines = new List<CheckoutLine>(requested.Count);
        for (var i = 0; i < requested.Count; i++)
        {
            var line = requested[i] ?? throw new RuleViolation($"lines[{i}]", text["Field.Required"]);
            var barcode = line.Barcode?.Trim();
            if (string.IsNullOrEmpty(barcode) || barcode.Length > MaxBarcodeLength)
            {
                throw new RuleViolation($"lines[{i}].barcode", text["Barcode.Invalid", MaxBarcodeLength]);
            }

            if (line.Quantity is not { } quantity || quantity <= 0 || Quantity.TryFromDecimal(quantity) is not { } milli)
            {
                throw new RuleViolation($"lines[{i}].quantity", text["Quantity.Invalid"]);
            }

            if (CheckoutMoney.TryKurus(line.UnitPrice) is not { } price || price < 0)
            {
                throw new RuleViolation($"lines[{i}].unitPrice", text["Price.Invalid"]);
            }

            lines.Add(new CheckoutLine(i + 1, barcode, milli, price));
        }

        return lines;
    }
}
