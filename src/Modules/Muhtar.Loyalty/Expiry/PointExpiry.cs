using Microsoft.EntityFrameworkCore;
using Muhtar.Loyalty.Accounts;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Programme;
using Muhtar.Platform.Data;

namespace Muhtar.Loyalty.Expiry;

/// <summary>
/// Expires what is left of the current business's lots that came due (FIFO, see <see cref="PointLots"/>).
/// Exactly once: each lot's expiry row has the unique key ("expiry", lot id), and a customer's rows and
/// balance are saved together, so a second run (or a second instance) finds nothing left or fails to insert.
/// </summary>
internal sealed class PointExpiry(IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time)
{
    /// <returns>Points expired in this run.</returns>
    public async Task<long> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var programme = await db.Set<LoyaltyProgramme>().FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            return 0;
        }

        // Only lots that came due since the last run: a lot once looked at never expires more later.
        var since = programme.ExpiryScannedUntil;
        var customers = await db.Set<PointEntry>().AsNoTracking()
            .Where(e => e.ExpiresAt != null && e.ExpiresAt > since && e.ExpiresAt <= now && e.Points > 0)
            .Select(e => e.CustomerId).Distinct().ToListAsync(cancellationToken);
        long expired = 0;
        foreach (var customer in customers)
        {
            expired += await ExpireCustomerAsync(customer, since, now, cancellationToken);
        }

        programme.ScannedUntil(now);
        await db.SaveChangesAsync(cancellationToken);
        return expired;
    }

    private async Task<long> ExpireCustomerAsync(Guid customerId, DateTime since, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ledger = await db.Set<PointEntry>().AsNoTracking().Where(e => e.CustomerId == customerId).ToListAsync(cancellationToken);
        var closed = ledger.Where(e => e.Kind == PointEntryKind.Expiry).Select(e => e.SourceId).ToHashSet();
        var left = PointLots.Remaining(ledger);
        var account = await LoyaltyAccounts.AccountAsync(db, customerId, cancellationToken);
        long expired = 0;
        foreach (var lot in ledger.Where(e => e.ExpiresAt > since && e.ExpiresAt <= now && e.Points > 0 && !closed.Contains(e.Id)).OrderBy(e => e.ExpiresAt))
        {
            var points = Math.Min(left.GetValueOrDefault(lot.Id), account.Balance);
            if (points <= 0)
            {
                continue;
            }

            db.Add(new PointEntry(customerId, PointEntryKind.Expiry, -points, SourceKinds.Expiry, lot.Id, lot.ExpiresAt!.Value, now));
            account.Add(-points);
            expired += points;
        }

        await db.SaveChangesAsync(cancellationToken);
        return expired;
    }
}
