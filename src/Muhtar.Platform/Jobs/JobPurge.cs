using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// Deletes completed jobs once they are old enough, so platform_jobs holds open work, dead letters and a
/// recent history rather than every event ever dispatched. Jobs with a dedupe key are kept longer: while
/// the row exists, enqueueing the same key again is a no-op, which schedulers rely on. Dead letters are
/// kept until an admin retries them. Safe to run from several workers at once (a delete is idempotent).
/// </summary>
internal sealed class JobPurge(IDbContextFactory<MuhtarDbContext> contexts, JobOptions options, TimeProvider time)
{
    private const int BatchSize = 5_000;

    /// <summary>Deletes in batches of <see cref="BatchSize"/> until nothing old is left.</summary>
    /// <returns>How many jobs were deleted.</returns>
    public async Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var plainBefore = now - options.CompletedRetention;
        var keyedBefore = now - options.DedupedRetention;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = 0;
        int deleted;
        do
        {
            // A bounded batch keeps each statement short; the sub-select is the portable way to LIMIT a DELETE.
            var batch = db.Set<Job>()
                .Where(j => j.CompletedAt != null
                    && (j.DedupeKey == null ? j.CompletedAt < plainBefore : j.CompletedAt < keyedBefore))
                .OrderBy(j => j.CompletedAt)
                .Select(j => j.Id)
                .Take(BatchSize);
            deleted = await db.Set<Job>().Where(j => batch.Contains(j.Id)).ExecuteDeleteAsync(ct);
            total += deleted;
        }
        while (deleted == BatchSize);

        return total;
    }
}
