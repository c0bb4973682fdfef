using Muhtar.Platform.Tenancy;

namespace Muhtar.Ledger.Book;

/// <summary>
/// One line of the credit book (ledger_entries). Append-only: a mistake is corrected by a reversal that
/// points at the original, never by editing it. The balance is the sum of <see cref="AmountKurus"/>, computed
/// from the rows, so two entries posted at once cannot lose one (there is no balance row to overwrite).
/// </summary>
internal sealed class CreditEntry : ITenantScoped
{
    private CreditEntry()
    {
    }

    public CreditEntry(Guid customerId, CreditEntryKind kind, long amountKurus, string? note, Guid? reversesId, DateTime recordedAt, string? enteredBy)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Kind = kind;
        AmountKurus = amountKurus;
        Note = note;
        ReversesId = reversesId;
        RecordedAt = recordedAt;
        EnteredBy = enteredBy;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public CreditEntryKind Kind { get; private set; }

    /// <summary>Signed: a charge (the customer owes more) is positive, a payment negative, a reversal the opposite of its original.</summary>
    public long AmountKurus { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The entry this one cancels; unique, so an entry is reversed at most once.</summary>
    public Guid? ReversesId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public string? EnteredBy { get; private set; }
}

internal enum CreditEntryKind
{
    Charge,
    Payment,
    Reversal,
}
