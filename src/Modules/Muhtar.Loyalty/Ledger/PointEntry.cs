using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Ledger;

/// <summary>
/// One movement of a customer's points (loyalty_point_entries). The balance is always the sum of
/// <see cref="Points"/>; rows are never changed (merge re-points them, erasure blanks the reason).
/// (SourceKind, SourceId, Kind) is unique per business, so a receipt, return, expiry lot or adjustment
/// can be posted only once.
/// </summary>
internal sealed class PointEntry : ITenantScoped
{
    private readonly List<LedgerLine> _lines = [];

    private PointEntry()
    {
    }

    public PointEntry(
        Guid customerId, PointEntryKind kind, long points, string sourceKind, Guid sourceId, DateTime occurredAt, DateTime recordedAt,
        IEnumerable<LedgerLine>? lines = null)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Kind = kind;
        Points = points;
        SourceKind = sourceKind;
        SourceId = sourceId;
        OccurredAt = occurredAt;
        RecordedAt = recordedAt;
        _lines.AddRange(lines ?? []);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public PointEntryKind Kind { get; private set; }

    /// <summary>Signed: earnings and give-backs positive, spending, reversals and expiry negative.</summary>
    public long Points { get; private set; }

    /// <summary>Points a reversal should have taken but could not because the customer had already spent
    /// them (the balance never goes below zero); recorded so the loss is visible.</summary>
    public long ShortfallPoints { get; private set; }

    /// <summary>"receipt", "return", "expiry" (SourceId = the expired lot) or "adjustment".</summary>
    public string SourceKind { get; private set; } = "";

    public Guid SourceId { get; private set; }

    /// <summary>The sale a return reverses.</summary>
    public Guid? ReceiptId { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public DateTime RecordedAt { get; private set; }

    /// <summary>For positive rows: when what is left of them expires; null: never.</summary>
    public DateTime? ExpiresAt { get; private set; }

    public string? Reason { get; private set; }

    public string? EnteredBy { get; private set; }

    public IReadOnlyList<LedgerLine> Lines => _lines;

    public PointEntry ForReceipt(Guid receiptId)
    {
        ReceiptId = receiptId;
        return this;
    }

    public PointEntry Expiring(DateTime? at)
    {
        ExpiresAt = Points > 0 ? at : null;
        return this;
    }

    public PointEntry WithShortfall(long points)
    {
        ShortfallPoints = points;
        return this;
    }

    public PointEntry By(string? reason, string? enteredBy)
    {
        Reason = reason;
        EnteredBy = enteredBy;
        return this;
    }

    public void MoveTo(Guid customerId) => CustomerId = customerId;

    public void EraseReason() => Reason = null;
}
