namespace Muhtar.Platform.Jobs;

/// <summary>
/// A job a worker holds the lease of, as returned by the claim statement. Property names match the
/// column aliases of <see cref="JobStore.ClaimAsync"/>.
/// </summary>
internal sealed class ClaimedJob
{
    public Guid Id { get; init; }

    public int Kind { get; init; }

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public Guid? TenantId { get; init; }

    /// <summary>This run's attempt number, starting at 1.</summary>
    public int Attempts { get; init; }

    public int MaxAttempts { get; init; }

    public JobKind JobKind => (JobKind)Kind;
}
