using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Jobs;
using Npgsql;

namespace Muhtar.Platform.Data;

/// <summary>
/// The outbox: events and tasks become <see cref="Job"/> rows. <see cref="Publish{TEvent}"/> and
/// <see cref="Enqueue{TTask}"/> only add rows to this context, so they are stored by the same SaveChanges as
/// the change that raised them, or not at all. A dedupe key that already exists makes that whole SaveChanges
/// fail with a <see cref="DbUpdateException"/> (nothing of it is stored; <see cref="IsDuplicateJob"/> tells
/// it apart). When "already scheduled" should be a quiet no-op instead, use <see cref="TryEnqueueAsync{TTask}"/>.
/// </summary>
public sealed partial class MuhtarDbContext
{
    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private const string InsertJob = """
        INSERT INTO platform_jobs (id, kind, type, payload, due_at, attempts, max_attempts, dedupe_key, created_at, tenant_id)
        VALUES ({0}, {1}, {2}, {3}, {4}, 0, {5}, {6}, {7},
        """;

    private const string OnDuplicateKeyDoNothing = ") ON CONFLICT (dedupe_key) DO NOTHING";

    // Without a tenant the column gets a literal NULL: an untyped null parameter has no store type.
    private const string InsertTenantJob = InsertJob + "{8}" + OnDuplicateKeyDoNothing;
    private const string InsertPlatformJob = InsertJob + "NULL" + OnDuplicateKeyDoNothing;

    /// <summary>
    /// Writes a domain event to the outbox; it is stored by the same SaveChanges as the change that raised
    /// it and dispatched to every <c>IEventHandler&lt;T&gt;</c> by the job workers.
    /// </summary>
    public void Publish<TEvent>(TEvent @event, string? dedupeKey = null)
        where TEvent : class =>
        Add(new Job(JobKind.Event, JobTypeName.Of(typeof(TEvent)), JsonSerializer.Serialize(@event, PayloadJson),
            CurrentTenantOrNull, Time.GetUtcNow().UtcDateTime, Time.GetUtcNow().UtcDateTime, dedupeKey));

    /// <summary>
    /// Schedules work due at <paramref name="dueAt"/> (UTC) with the next SaveChanges. A dedupe key that is
    /// already stored fails that SaveChanges (see the class remarks).
    /// </summary>
    public void Enqueue<TTask>(TTask task, DateTime dueAt, string? dedupeKey = null, int maxAttempts = 10)
        where TTask : class =>
        Add(NewTask(task, dueAt, dedupeKey, maxAttempts));

    /// <summary>
    /// Inserts a task right away unless one with <paramref name="dedupeKey"/> exists (then nothing happens and
    /// the result is false). Runs on this context's connection, so it joins a transaction begun on it.
    /// </summary>
    public async Task<bool> TryEnqueueAsync<TTask>(TTask task, DateTime dueAt, string dedupeKey, int maxAttempts = 10, CancellationToken cancellationToken = default)
        where TTask : class
    {
        ArgumentException.ThrowIfNullOrEmpty(dedupeKey);
        var job = NewTask(task, dueAt, dedupeKey, maxAttempts);
        object[] values = [job.Id, (int)job.Kind, job.Type, job.Payload, job.DueAt, job.MaxAttempts, dedupeKey, job.CreatedAt];
        var rows = job.TenantId is { } tenantId
            ? await Database.ExecuteSqlRawAsync(InsertTenantJob, [.. values, tenantId], cancellationToken)
            : await Database.ExecuteSqlRawAsync(InsertPlatformJob, values, cancellationToken);
        return rows == 1;
    }

    /// <summary>True when a SaveChanges failed because a job's dedupe key is already stored.</summary>
    public static bool IsDuplicateJob(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == JobConfiguration.DedupeIndex,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19
            && sqlite.Message.Contains($"{JobConfiguration.Table}.dedupe_key", StringComparison.Ordinal),
        _ => false,
    };

    private Guid? CurrentTenantOrNull => Tenant.HasTenant ? Tenant.TenantId : null;

    private Job NewTask<TTask>(TTask task, DateTime dueAt, string? dedupeKey, int maxAttempts)
    {
        if (dueAt.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Due times are UTC instants.", nameof(dueAt));
        }

        return new Job(JobKind.Task, JobTypeName.Of(typeof(TTask)), JsonSerializer.Serialize(task, PayloadJson),
            CurrentTenantOrNull, dueAt, Time.GetUtcNow().UtcDateTime, dedupeKey, maxAttempts);
    }
}
