namespace Muhtar.Platform.Jobs;

/// <summary>
/// A durable unit of background work: an outbox event to dispatch or a scheduled task. Claimed by one
/// worker at a time through a lease; <see cref="DedupeKey"/> makes enqueueing the same work twice a no-op.
/// Spans tenants (workers read all of them), so it carries the tenant rather than being filtered by it.
/// </summary>
public sealed class Job
{
    private Job()
    {
    }

    public Job(JobKind kind, string type, string payload, Guid? tenantId, DateTime dueAt, DateTime createdAt, string? dedupeKey, int maxAttempts = 10)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Type = type;
        Payload = payload;
        TenantId = tenantId;
        DueAt = dueAt;
        CreatedAt = createdAt;
        DedupeKey = dedupeKey;
        MaxAttempts = maxAttempts;
    }

    public Guid Id { get; private set; }

    public JobKind Kind { get; private set; }

    /// <summary>The event or task type name the dispatcher resolves a handler by.</summary>
    public string Type { get; private set; } = "";

    /// <summary>JSON body of the event or task.</summary>
    public string Payload { get; private set; } = "";

    public Guid? TenantId { get; private set; }

    public DateTime DueAt { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public string? LeaseOwner { get; private set; }

    public int Attempts { get; private set; }

    public int MaxAttempts { get; private set; }

    public string? DedupeKey { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>Set when attempts ran out: the job is dead-lettered and no longer claimed.</summary>
    public DateTime? FailedAt { get; private set; }

    public string? LastError { get; private set; }
}
