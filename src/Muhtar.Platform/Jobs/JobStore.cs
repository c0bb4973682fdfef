using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// The lease protocol over platform_jobs. A job is claimable when it is due, open (neither completed nor
/// dead) and not leased (or its lease ran out, i.e. its worker died). Claiming is one statement, so two
/// workers never hold the same job: PostgreSQL skips rows another worker is locking; SQLite runs one writer
/// at a time. Every change after the claim is guarded by the lease owner, so a worker whose lease expired
/// and was taken over cannot overwrite the new owner's state. The clock is the injected TimeProvider.
/// </summary>
internal sealed class JobStore(IDbContextFactory<MuhtarDbContext> contexts, TimeProvider time)
{
    public const int MaxErrorLength = 2000;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Leases up to <paramref name="batchSize"/> due jobs (oldest due first) and counts an attempt on each.</summary>
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string workerId, int batchSize, TimeSpan leaseDuration, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = Now;
        var skipLocked = db.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE platform_jobs SET lease_owner = {0}, lease_until = {1}, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM platform_jobs
                WHERE completed_at IS NULL AND failed_at IS NULL AND due_at <= {2}
                  AND (lease_until IS NULL OR lease_until <= {2})
                ORDER BY due_at
                LIMIT {3}{{skipLocked}})
            RETURNING id AS "Id", kind AS "Kind", type AS "Type", payload AS "Payload", tenant_id AS "TenantId",
                      attempts AS "Attempts", max_attempts AS "MaxAttempts"
            """;
        return await db.Database.SqlQueryRaw<ClaimedJob>(sql, workerId, now + leaseDuration, now, batchSize).ToListAsync(ct);
    }

    /// <summary>Marks the job done if <paramref name="workerId"/> still owns it; false when another worker took it over.</summary>
    public async Task<bool> CompleteAsync(Guid jobId, string workerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = Now;
        var rows = await Open(db, jobId, workerId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null), ct);
        return rows == 1;
    }

    /// <summary>Records a failed attempt: retried after <see cref="JobBackoff"/>, or dead-lettered once attempts ran out.</summary>
    public async Task<JobFailOutcome> FailAsync(Guid jobId, string workerId, string error, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = Now;
        var current = await Open(db, jobId, workerId)
            .Select(j => new { j.Attempts, j.MaxAttempts })
            .FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return JobFailOutcome.LeaseLost;
        }

        var message = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        // Guarded by the attempt count too: it changes only through a new claim.
        var ours = Open(db, jobId, workerId).Where(j => j.Attempts == current.Attempts);
        if (current.Attempts >= current.MaxAttempts)
        {
            var dead = await ours.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.FailedAt, now)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.LastError, message), ct);
            return dead == 1 ? JobFailOutcome.DeadLettered : JobFailOutcome.LeaseLost;
        }

        var retryAt = now + JobBackoff.After(current.Attempts);
        var rescheduled = await ours.ExecuteUpdateAsync(s => s
            .SetProperty(j => j.DueAt, retryAt)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.LastError, message), ct);
        return rescheduled == 1 ? JobFailOutcome.RetryScheduled : JobFailOutcome.LeaseLost;
    }

    /// <summary>
    /// Gives a job back without counting the attempt (the worker is shutting down mid-run), so another
    /// instance picks it up at once instead of after the lease.
    /// </summary>
    public async Task<bool> ReleaseAsync(Guid jobId, string workerId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Open(db, jobId, workerId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1), ct);
        return rows == 1;
    }

    /// <summary>Brings a dead-lettered job of <paramref name="tenantId"/> back with a fresh set of attempts, due now.</summary>
    public async Task<bool> RetryDeadAsync(Guid jobId, Guid tenantId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = Now;
        var rows = await db.Set<Job>()
            .Where(j => j.Id == jobId && j.TenantId == tenantId && j.FailedAt != null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.FailedAt, (DateTime?)null)
                .SetProperty(j => j.Attempts, 0)
                .SetProperty(j => j.DueAt, now)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.LeaseOwner, (string?)null), ct);
        return rows == 1;
    }

    /// <summary>The job while it is open and leased by <paramref name="workerId"/>.</summary>
    private static IQueryable<Job> Open(MuhtarDbContext db, Guid jobId, string workerId) =>
        db.Set<Job>().Where(j => j.Id == jobId && j.LeaseOwner == workerId && j.CompletedAt == null && j.FailedAt == null);
}
