using Muhtar.Platform.Tenancy;

namespace Muhtar.Consent.Iys;

/// <summary>
/// "Sent to İYS": one row per ledger line a person marked as reported, so the ledger itself stays
/// append-only and the pending list is the lines without one.
/// </summary>
internal sealed class IysReport : ITenantScoped
{
    private IysReport()
    {
    }

    public IysReport(Guid consentRecordId, Guid? reportedByUserId, string? reportedBy, DateTime reportedAt)
    {
        Id = Guid.CreateVersion7();
        ConsentRecordId = consentRecordId;
        ReportedByUserId = reportedByUserId;
        ReportedBy = reportedBy;
        ReportedAt = reportedAt;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid ConsentRecordId { get; private set; }

    public Guid? ReportedByUserId { get; private set; }

    public string? ReportedBy { get; private set; }

    public DateTime ReportedAt { get; private set; }
}
