using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Idempotency;

/// <summary>Claims a key with a unique insert, so two concurrent requests can never both run.</summary>
internal sealed class IdempotencyStore(IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time)
{
    public async Task<(ClaimOutcome Outcome, IdempotencyRecord? Record)> ClaimAsync(string caller, string key, string hash,
        TimeSpan retention, TimeSpan abandonedAfter, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var existing = await db.Set<IdempotencyRecord>().SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, ct);
            if (existing is not null)
            {
                var expired = existing.CreatedAt < now - retention;
                var abandoned = !existing.IsCompleted && existing.CreatedAt < now - abandonedAfter;
                if (!expired && !abandoned)
                {
                    return existing.RequestHash != hash ? (ClaimOutcome.OtherRequest, existing)
                        : existing.IsCompleted ? (ClaimOutcome.Replay, existing)
                        : (ClaimOutcome.InFlight, existing);
                }

                db.Remove(existing);
            }

            var record = new IdempotencyRecord(caller, key, hash, now);
            db.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                return (ClaimOutcome.Run, record);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another request inserted the same key between our read and insert: read it again.
                // A second failure is not that race (the re-read would have found the row), so it propagates.
            }
        }

        throw new System.Diagnostics.UnreachableException("The second claim attempt returns or throws.");
    }

    public async Task CompleteAsync(Guid id, int status, string? contentType, string? location, byte[] body, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var record = await db.Set<IdempotencyRecord>().SingleAsync(r => r.Id == id, ct);
        record.Complete(status, contentType, string.IsNullOrEmpty(location) ? null : location, body, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task ReleaseAsync(Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Set<IdempotencyRecord>().Where(r => r.Id == id).ExecuteDeleteAsync(ct);
    }
}
