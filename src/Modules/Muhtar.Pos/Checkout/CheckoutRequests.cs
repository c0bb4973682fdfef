namespace Muhtar.Pos.Checkout;

/// <summary>A basket as a till sends it (../shared/API.md): money in TRY, quantities as decimals.</summary>
internal record BasketRequest
{
    public string? StoreCode { get; init; }

    public Guid? CustomerId { get; init; }

    public string? Phone { get; init; }

    public IReadOnlyList<string>? CouponCodes { get; init; }

    public long? RedeemPoints { get; init; }

    public IReadOnlyList<BasketLineRequest>? Lines { get; init; }
}

internal sealed record BasketLineRequest(string? Barcode, decimal? Quantity, decimal? UnitPrice);

/// <summary>The final receipt: the basket plus the header the till printed.</summary>
internal sealed record ReceiptRequest : BasketRequest
{
    public string? TillCode { get; init; }

    public string? Cashier { get; init; }

    public string? ReceiptNo { get; init; }

    public DateTimeOffset? OccurredAt { get; init; }

    public decimal? Total { get; init; }

    /// <summary>"cash", "card" or "other".</summary>
    public string? PaymentType { get; init; }
}

/// <summary>Goods given back against a receipt (by id) or an online order (by its order number).</summary>
internal sealed record ReturnRequest(
    Guid? OriginalReceiptId,
    string? OrderId,
    string? StoreCode,
    string? TillCode,
    DateTimeOffset? OccurredAt,
    IReadOnlyList<ReturnLineRequest>? Lines);

/// <summary>A line of the original receipt by its number or by barcode, and how much of it comes back.</summary>
internal sealed record ReturnLineRequest(int? LineNo, string? Barcode, decimal? Quantity);

/// <summary>Enrolment at the till with just a phone; consents true (ONAY), false (RET) or absent (not asked).</summary>
internal sealed record EnrolRequest(string? Phone, string? FirstName, string? LastName, ConsentFlags? Consents);

internal sealed record ConsentFlags(bool? Sms, bool? Email, bool? WhatsApp, bool? Call);

/// <summary>"Add this receipt to my account": the customer's phone.</summary>
internal sealed record ClaimRequest(string? Phone);
