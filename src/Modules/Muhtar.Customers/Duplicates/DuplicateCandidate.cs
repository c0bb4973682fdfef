using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Duplicates;

/// <summary>
/// Two customers the last scan thinks may be one person (C4), with a score from 0 to 100 and the reasons.
/// <see cref="FirstId"/> is always the smaller id, so a pair is stored once.
/// </summary>
internal sealed class DuplicateCandidate : ITenantScoped
{
    private DuplicateCandidate()
    {
    }

    public DuplicateCandidate(Guid firstId, Guid secondId, int score, IEnumerable<string> reasons, DateTime now)
    {
        Id = Guid.CreateVersion7();
        (FirstId, SecondId) = DuplicatePair.Order(firstId, secondId);
        Score = score;
        Reasons = string.Join(',', reasons);
        FoundAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid FirstId { get; private set; }

    public Guid SecondId { get; private set; }

    public int Score { get; private set; }

    /// <summary>Comma-separated reason codes (<see cref="DuplicateReasons"/>).</summary>
    public string Reasons { get; private set; } = "";

    public DateTime FoundAt { get; private set; }
}
