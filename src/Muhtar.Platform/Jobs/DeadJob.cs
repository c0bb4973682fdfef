namespace Muhtar.Platform.Jobs;

/// <summary>A dead-lettered job as the admin API shows it. The payload is left out: it may hold personal data.</summary>
public sealed record DeadJob(
    Guid Id,
    string Kind,
    string Type,
    int Attempts,
    int MaxAttempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset FailedAt);

/// <summary>One page of dead-lettered jobs, in the API's list shape.</summary>
public sealed record DeadJobPage(IReadOnlyList<DeadJob> Items, int Page, int PageSize, int Total);
