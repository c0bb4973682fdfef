using Muhtar.Abstractions.Pos;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Receipts;

/// <summary>
/// A sale as the till printed it (P2): header and lines. Totals are derived from the lines, so
/// subtotal − discount = total = Σ line totals always holds. Anonymous when <see cref="CustomerId"/>
/// is null; the customer lives in the Customers module and is referenced by id only.
/// Receipts are facts: never edited, corrected by returns (issue 5), hence not audited row by row.
/// </summary>
internal sealed class Receipt : ITenantScoped
{
    private readonly List<ReceiptLine> _lines = [];

    private Receipt()
    {
    }

    public Receipt(ReceiptHeader header, IEnumerable<ReceiptLine> lines, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        StoreId = header.StoreId;
        TillCode = header.TillCode;
        Cashier = header.Cashier;
        ReceiptNo = header.ReceiptNo;
        OccurredAt = header.OccurredAt;
        CustomerId = header.CustomerId;
        PaymentType = header.PaymentType;
        RecordedAt = recordedAt;
        _lines.AddRange(lines);
        foreach (var line in _lines)
        {
            line.BelongTo(Id);
        }

        if (_lines.Count == 0)
        {
            throw new ArgumentException("A receipt has at least one line.", nameof(lines));
        }

        SubtotalKurus = _lines.Sum(l => l.GrossKurus);
        DiscountKurus = _lines.Sum(l => l.DiscountKurus);
        TotalKurus = _lines.Sum(l => l.LineTotalKurus);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    public string TillCode { get; private set; } = "";

    /// <summary>The cashier as the till names them (a name or staff code).</summary>
    public string Cashier { get; private set; } = "";

    /// <summary>The till's receipt number (fiş no); unique per store and till.</summary>
    public string ReceiptNo { get; private set; } = "";

    /// <summary>When the sale happened at the till (UTC).</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>When Muhtar stored it (UTC); later than <see cref="OccurredAt"/> for receipts sent in batches.</summary>
    public DateTime RecordedAt { get; private set; }

    public Guid? CustomerId { get; private set; }

    public long SubtotalKurus { get; private set; }

    public long DiscountKurus { get; private set; }

    public long TotalKurus { get; private set; }

    public PaymentType PaymentType { get; private set; }

    /// <summary>
    /// Points promotions gave this basket ("500 TL and over: 100 points"), kept also when the receipt is
    /// anonymous, so a customer who claims it later gets them too.
    /// </summary>
    public long BonusPoints { get; private set; }

    public IReadOnlyList<ReceiptLine> Lines => _lines;

    public void RecordBonusPoints(long points) => BonusPoints = points >= 0
        ? points
        : throw new ArgumentOutOfRangeException(nameof(points), "Bonus points are never negative.");
}
