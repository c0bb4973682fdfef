using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Checkout.Pages;

/// <summary>
/// The till simulator (issue 5 item 6): the whole sale through the same services the till API uses — lookup,
/// enrolment, live evaluation and posting. Each sale has its own key, which is also its receipt number, so a
/// double click stores the sale once (the second post is the receipt-number 409).
/// </summary>
public sealed partial class TillSimulator
{
    private readonly Dictionary<string, string> _errors = [];
    private readonly List<(string Barcode, int Milli)> _lines = [];
    private readonly Dictionary<string, ShelfItem> _shelf = [];
    private IReadOnlyList<StoreOption> _stores = [];
    private IReadOnlyList<string> _tills = [];
    private IReadOnlyList<PaymentOption> _payments = [];
    private string? _storeCode;
    private string? _tillCode;
    private string _phone = "";
    private LookupResponse? _customer;
    private bool _unknown;
    private string? _firstName;
    private string? _lastName;
    private bool _smsConsent;
    private string _barcode = "";
    private string? _coupon;
    private long? _redeem;
    private string _payment = "card";
    private PricedBasket? _evaluation;
    private bool _posting;
    private SaleResult? _sale;
    private Guid _saleKey = Guid.NewGuid();
    private string _cashier = "";

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var stores = await Catalog.StoresAsync();
        _stores = stores.Where(s => s.TillCodes.Count > 0).Select(s => new StoreOption(s.Code, $"{s.Code} · {s.Name}", s.TillCodes)).ToList();
        _payments = new[] { "card", "cash", "other" }.Select(p => new PaymentOption(p, L["Payment." + p])).ToList();
        _storeCode = _stores.FirstOrDefault()?.Code;
        StoreChanged();
        if (Authentication is not null)
        {
            var user = (await Authentication).User;
            _cashier = user.FindFirstValue(MuhtarClaims.DisplayName) ?? user.Identity?.Name ?? "";
        }
    }

    private void StoreChanged()
    {
        _tills = _stores.FirstOrDefault(s => s.Code == _storeCode)?.Tills ?? [];
        _tillCode = _tills.FirstOrDefault();
    }

    private async Task LookupAsync()
    {
        _errors.Clear();
        _customer = null;
        _unknown = false;
        if (await Try(async () => _customer = await Lookup.FindAsync(_phone, null, null, CancellationToken.None)) is { } violation && violation.Status == 404)
        {
            _errors.Remove("phone");
            _unknown = true;
        }

        await EvaluateAsync();
    }

    private async Task EnrolAsync()
    {
        _errors.Clear();
        var consents = _smsConsent ? new ConsentFlags(true, null, null, null) : null;
        await Try(async () => _customer = await Enrolment.EnrolAsync(new EnrolRequest(_phone, _firstName, _lastName, consents), CancellationToken.None));
        _unknown = _customer is null;
        await EvaluateAsync();
    }

    private async Task ForgetCustomer()
    {
        _customer = null;
        _phone = "";
        await EvaluateAsync();
    }

    private async Task AddLineAsync()
    {
        _errors.Remove("barcode");
        var barcode = _barcode.Trim();
        if (barcode.Length == 0)
        {
            return;
        }

        var found = await Catalog.ItemsAsync([barcode]);
        if (!found.TryGetValue(barcode, out var item))
        {
            // A real till has its own price for any barcode; the simulator only knows the catalogue's.
            _errors["barcode"] = L["Till.UnknownBarcode", barcode];
            return;
        }

        _shelf[barcode] = item;
        var index = _lines.FindIndex(l => l.Barcode == barcode);
        if (index >= 0)
        {
            _lines[index] = (barcode, _lines[index].Milli + 1000);
        }
        else
        {
            _lines.Add((barcode, 1000));
        }

        _barcode = "";
        _sale = null;
        await EvaluateAsync();
    }

    private async Task EvaluateAsync()
    {
        foreach (var key in _errors.Keys.Where(k => k is not "phone" and not "barcode").ToList())
        {
            _errors.Remove(key);
        }

        if (_lines.Count == 0)
        {
            _evaluation = null;
            return;
        }

        await Try(async () =>
        {
            var basket = await Baskets.ReadAsync(Request(), null, CancellationToken.None);
            _evaluation = await Pricing.PriceAsync(basket, Time.GetUtcNow().UtcDateTime, CancellationToken.None);
        });
    }

    private async Task CompleteAsync()
    {
        if (_evaluation is not { } evaluation)
        {
            return;
        }

        _posting = true;
        var receiptNo = _saleKey.ToString("N")[..12].ToUpperInvariant();
        var request = new ReceiptRequest
        {
            StoreCode = _storeCode,
            CustomerId = _customer?.Customer.Id,
            CouponCodes = Coupons(),
            RedeemPoints = _redeem,
            Lines = Lines(),
            TillCode = _tillCode,
            Cashier = _cashier.Length > 0 ? _cashier : "-",
            ReceiptNo = receiptNo,
            OccurredAt = Time.GetUtcNow(),
            Total = CheckoutMoney.ToTry(evaluation.TotalKurus),
            PaymentType = _payment,
        };
        await Try(async () =>
        {
            var sale = await Posting.PostAsync(request, null, CancellationToken.None);
            _sale = new SaleResult(receiptNo, sale.Priced.TotalKurus, sale.Posting?.PointsEarned ?? 0,
                sale.CouponsIssued.Select(c => (c.Title, c.Code ?? "")).ToList());
            _lines.Clear();
            _evaluation = null;
            _coupon = null;
            _redeem = null;
            _saleKey = Guid.NewGuid();
        });
        _posting = false;
    }

    private BasketRequest Request() => new()
    {
        StoreCode = _storeCode,
        CustomerId = _customer?.Customer.Id,
        CouponCodes = Coupons(),
        RedeemPoints = _redeem,
        Lines = Lines(),
    };

    private List<string> Coupons() => string.IsNullOrWhiteSpace(_coupon) ? [] : [_coupon.Trim()];

    private List<BasketLineRequest> Lines() =>
        _lines.Select(l => new BasketLineRequest(l.Barcode, l.Milli / 1000m, CheckoutMoney.ToTry(_shelf[l.Barcode].PriceKurus))).ToList();

    private string NameOf(string barcode) => _shelf.TryGetValue(barcode, out var item) ? item.Name : barcode;

    private string SourceName(LineDiscount discount) =>
        discount.Source == "points" ? L["Till.PointsDiscount"]
        : discount.Source.StartsWith("stamp:", StringComparison.Ordinal) ? L["Till.StampDiscount"]
        : _evaluation?.Outcome.Applied.FirstOrDefault(a => a.PromotionId == discount.PromotionId)?.Name ?? L["Till.PromotionDiscount"];

    /// <summary>Runs a use case and shows a broken rule next to its field; returns the rule when there was one.</summary>
    private async Task<RuleViolation?> Try(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (RuleViolation violation)
        {
            _errors[FieldOf(violation.Field)] = violation.Message;
            return violation;
        }
    }

    /// <summary>Line errors ("lines[0].quantity") show under the basket.</summary>
    private static string FieldOf(string field) => field.StartsWith("lines", StringComparison.Ordinal) ? "lines" : field;

    private sealed record StoreOption(string Code, string Label, IReadOnlyList<string> Tills);

    private sealed record PaymentOption(string Value, string Text);

    private sealed record SaleResult(string ReceiptNo, long TotalKurus, long PointsEarned, IReadOnlyList<(string Title, string Code)> Coupons);
}
