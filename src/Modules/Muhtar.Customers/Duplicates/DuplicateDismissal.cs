using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Duplicates;

/// <summary>"These two are not the same person": remembered so later scans never propose the pair again.</summary>
internal sealed class DuplicateDismissal : ITenantScoped
{
    private DuplicateDismissal()
    {
    }

    public DuplicateDismissal(Guid firstId, Guid secondId, string? by, DateTime now)
    {
        Id = Guid.CreateVersion7();
        (FirstId, SecondId) = DuplicatePair.Order(firstId, secondId);
        DismissedBy = by;
        DismissedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid FirstId { get; private set; }

    public Guid SecondId { get; private set; }

    public string? DismissedBy { get; private set; }

    public DateTime DismissedAt { get; private set; }
}
