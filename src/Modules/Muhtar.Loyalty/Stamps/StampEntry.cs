using Muhtar.Loyalty.Ledger;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Stamps;

/// <summary>
/// One movement on a customer's stamp card (loyalty_stamp_entries); the card's stamps are the sum.
/// Unique per (source, card, kind) like the points ledger, so a receipt stamps a card once.
/// </summary>
internal sealed class StampEntry : ITenantScoped
{
    private readonly List<LedgerLine> _lines = [];

    private StampEntry()
    {
    }

    public StampEntry(Guid customerId, Guid cardId, StampEntryKind kind, int stamps, string sourceKind, Guid sourceId, DateTime occurredAt, IEnumerable<LedgerLine>? lines = null)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        CardId = cardId;
        Kind = kind;
        Stamps = stamps;
        SourceKind = sourceKind;
        SourceId = sourceId;
        OccurredAt = occurredAt;
        _lines.AddRange(lines ?? []);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid CardId { get; private set; }

    public StampEntryKind Kind { get; private set; }

    public int Stamps { get; private set; }

    /// <summary>Stamps a return should have removed but the card no longer had (spent on a reward).</summary>
    public int ShortfallStamps { get; private set; }

    public string SourceKind { get; private set; } = "";

    public Guid SourceId { get; private set; }

    public Guid? ReceiptId { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public IReadOnlyList<LedgerLine> Lines => _lines;

    public StampEntry ForReceipt(Guid receiptId, int shortfall)
    {
        ReceiptId = receiptId;
        ShortfallStamps = shortfall;
        return this;
    }

    public void MoveTo(Guid customerId) => CustomerId = customerId;
}
