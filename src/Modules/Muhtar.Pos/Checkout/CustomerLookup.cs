using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Loyalty;
using Muhtar.Platform.Errors;
using Muhtar.Pos.Api;
using Muhtar.Pos.Localization;
using Muhtar.Pos.Promotions;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// "Who is +90532…?" (P1): the customer by phone in any form, card or e-mail, with the loyalty standing,
/// usable coupons and one sentence for the cashier. Three indexed reads and no tracking: the till's hot path.
/// </summary>
internal sealed class CustomerLookup(
    ICustomerDirectory customers, ILoyaltyAccounts loyalty, PromotionService promotions, TimeProvider time, IStringLocalizer<CheckoutResource> text)
{
    public const string EnrolUrl = "/api/v1/pos/enrol";

    /// <summary>A coupon whose end is this close is worth mentioning to the customer.</summary>
    private static readonly TimeSpan ExpiringSoon = TimeSpan.FromDays(3);

    public async Task<LookupResponse> FindAsync(string? phone, string? card, string? email, CancellationToken ct)
    {
        var given = new[] { phone, card, email }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given != 1)
        {
            throw new RuleViolation("phone", text["Lookup.OneOf"]);
        }

        var (field, found) = !string.IsNullOrWhiteSpace(phone) ? ("phone", await customers.FindByPhoneAsync(phone, ct))
            : !string.IsNullOrWhiteSpace(card) ? ("card", await customers.FindByCardAsync(card, ct))
            : ("email", await customers.FindByEmailAsync(email!, ct));
        if (found is null || found.IsArchived)
        {
            throw new RuleViolation(field, text["Lookup.Unknown"], StatusCodes.Status404NotFound).With("enrolUrl", EnrolUrl);
        }

        return await DescribeAsync(found, ct);
    }

    public async Task<LookupResponse> DescribeAsync(CustomerSummary customer, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var status = await loyalty.GetStatusAsync(customer.Id, ct);
        var coupons = await promotions.UsableCouponsAsync(customer.Id, now, ct);
        var salutation = Salutation.For(customer);
        return new LookupResponse(
            customer,
            Segment: null,
            salutation,
            new PointsResponse(status.Balance, CheckoutMoney.ToTry(status.BalanceValueKurus)),
            status.StampCards.Select(c => new StampCardResponse(c.Id, c.Name, c.Stamps, c.Required, c.RewardReady)).ToList(),
            coupons.Select(c => new CouponResponse(c.Code, c.Title, c.ExpiresAt is { } at ? ApiTime.ToOffset(at) : null)).ToList(),
            Hint(salutation, status, coupons, now));
    }

    /// <summary>What the cashier should say first: a ready reward beats a coupon about to lapse beats the balance.</summary>
    private string Hint(string salutation, LoyaltyStatus status, IReadOnlyList<UsableCoupon> coupons, DateTime now)
    {
        var name = salutation.Length > 0 ? salutation : text["Hint.Guest"].Value;
        if (status.StampCards.FirstOrDefault(c => c.RewardReady) is { } ready)
        {
            return text["Hint.StampReady", name, ready.Name];
        }

        if (coupons.Where(c => c.ExpiresAt is { } at && at - now <= ExpiringSoon).OrderBy(c => c.ExpiresAt).FirstOrDefault() is { } expiring)
        {
            return text["Hint.CouponExpiring", name, expiring.Title, PosFormat.LocalTime(expiring.ExpiresAt!.Value)];
        }

        return status.Balance > 0
            ? text["Hint.Points", name, status.Balance.ToString("#,##0", CultureInfo.CurrentCulture), PosFormat.Money(status.BalanceValueKurus)]
            : text["Hint.Welcome", name];
    }
}
