using Muhtar.Abstractions.Consent;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Consent.Ledger;

/// <summary>
/// One line of the consent ledger (izin kaydı): a person's ONAY or RET for one channel, where it came
/// from, when they decided and what proves it. Append-only: never edited; a newer line supersedes it.
/// The only change ever made is KVKK erasure (ConsentPersonalData), which blanks the evidence and the address.
/// </summary>
internal sealed class ConsentRecord : ITenantScoped
{
    public const int MaxEvidenceLength = 2000;

    private ConsentRecord()
    {
    }

    public ConsentRecord(ConsentDecision decision, string? recipient, bool isCompany, Guid? enteredByUserId, string? enteredBy, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        CustomerId = decision.CustomerId;
        Channel = decision.Channel;
        Status = decision.Status;
        Source = decision.Source;
        DecidedAt = DateTime.SpecifyKind(decision.DecidedAt, DateTimeKind.Utc);
        Evidence = decision.Evidence;
        Recipient = recipient;
        IsCompany = isCompany;
        EnteredByUserId = enteredByUserId;
        EnteredBy = enteredBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public ConsentChannel Channel { get; private set; }

    public ConsentStatus Status { get; private set; }

    public ConsentSource Source { get; private set; }

    /// <summary>When the person decided (UTC); decides which line counts.</summary>
    public DateTime DecidedAt { get; private set; }

    /// <summary>When the line was written here (UTC), from the server clock.</summary>
    public DateTime RecordedAt { get; private set; }

    public string? Evidence { get; private set; }

    /// <summary>The address the decision is about, as it was then: E.164 phone or e-mail (İYS "recipient").</summary>
    public string? Recipient { get; private set; }

    /// <summary>A company customer is TACIR for İYS, a person BIREYSEL.</summary>
    public bool IsCompany { get; private set; }

    public Guid? EnteredByUserId { get; private set; }

    /// <summary>Who entered it: a user's e-mail or "apikey:name", kept as written then.</summary>
    public string? EnteredBy { get; private set; }

    public ConsentDecision ToDecision() => new(CustomerId, Channel, Status, Source, DecidedAt, Evidence);
}
