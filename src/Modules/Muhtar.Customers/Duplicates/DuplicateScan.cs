using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Duplicates;

/// <summary>One run of the duplicate scan, so the page can say when the list was made and how long it took.</summary>
internal sealed class DuplicateScan : ITenantScoped
{
    private DuplicateScan()
    {
    }

    public DuplicateScan(DateTime now)
    {
        Id = Guid.CreateVersion7();
        StartedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public int CustomersScanned { get; private set; }

    public int CandidatesFound { get; private set; }

    public void Finish(int customers, int candidates, DateTime now)
    {
        CustomersScanned = customers;
        CandidatesFound = candidates;
        FinishedAt = now;
    }
}
