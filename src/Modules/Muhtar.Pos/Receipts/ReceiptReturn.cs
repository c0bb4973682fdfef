using Muhtar.Platform.Tenancy;

namespace Muhtar.Pos.Receipts;

/// <summary>
/// Goods of one receipt (or online order) given back in a store (P7, iade). The original receipt stays as
/// it was: a return is its own fact with its own lines, and what a line may still give back is its quantity
/// minus the returns before.
/// </summary>
internal sealed class ReceiptReturn : ITenantScoped
{
    private readonly List<ReceiptReturnLine> _lines = [];

    private ReceiptReturn()
    {
    }

    public ReceiptReturn(Guid originalReceiptId, Guid? customerId, Guid storeId, string tillCode, DateTime occurredAt, DateTime recordedAt,
        IEnumerable<ReceiptReturnLine> lines)
    {
        Id = Guid.CreateVersion7();
        OriginalReceiptId = originalReceiptId;
        CustomerId = customerId;
        StoreId = storeId;
        TillCode = tillCode;
        OccurredAt = occurredAt;
        RecordedAt = recordedAt;
        _lines.AddRange(lines);
        foreach (var line in _lines)
        {
            line.BelongTo(Id);
        }

        RefundKurus = _lines.Sum(l => l.RefundKurus);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid OriginalReceiptId { get; private set; }

    /// <summary>The original receipt's customer at the time of the return; null for an anonymous sale.</summary>
    public Guid? CustomerId { get; private set; }

    /// <summary>Where the goods came back, which for an online order is a shop, not the e-shop.</summary>
    public Guid StoreId { get; private set; }

    public string TillCode { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public long RefundKurus { get; private set; }

    public long PointsReversed { get; private set; }

    public IReadOnlyList<ReceiptReturnLine> Lines => _lines;

    public void RecordPointsReversed(long points) => PointsReversed = points;
}
