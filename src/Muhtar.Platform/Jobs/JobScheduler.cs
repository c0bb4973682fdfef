using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// Schedules a task outside any other change, for callers that hold no context of their own (timers,
/// scanners, handlers). Enqueueing a dedupe key that exists is a no-op, so "make sure this is scheduled"
/// can be repeated freely. Tasks carry the tenant of the current scope.
/// </summary>
public sealed class JobScheduler(IDbContextFactory<MuhtarDbContext> contexts)
{
    /// <returns>True when the task was stored; false when a job with <paramref name="dedupeKey"/> already exists.</returns>
    public async Task<bool> TryEnqueueAsync<TTask>(TTask task, DateTime dueAt, string dedupeKey, int maxAttempts = 10, CancellationToken cancellationToken = default)
        where TTask : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TryEnqueueAsync(task, dueAt, dedupeKey, maxAttempts, cancellationToken);
    }
}
