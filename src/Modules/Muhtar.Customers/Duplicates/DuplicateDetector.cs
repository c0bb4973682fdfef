using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Muhtar.Customers.Addresses;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Duplicates;

/// <summary>
/// Finds duplicate candidates among a business's customers (C4) without holding the table in memory:
/// customers are streamed from the database sorted by a blocking key and each is compared only with the
/// few before it (sorted neighbourhood). Two passes with different keys: the folded full name (catches
/// casing, Turkish letters and equal names) and last name then first name (catches typos in the first
/// name). Names shared by more than <see cref="CommonNameCount"/> customers count for less. The result
/// replaces the stored candidates; dismissed pairs are never stored again.
/// </summary>
internal sealed class DuplicateDetector(IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time, ILogger<DuplicateDetector> logger)
{
    public const int Window = 8;

    public const int CommonNameCount = 5;

    /// <summary>A safety net against pathological data: never more candidates than this per scan.</summary>
    public const int MaxCandidates = 200_000;

    private const int BatchSize = 1000;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<DuplicateScan> ScanAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var scan = new DuplicateScan(Now);
        var live = db.Set<Customer>().AsNoTracking().Where(c => c.MergedIntoId == null);

        var common = (await live.GroupBy(c => c.SearchName).Where(g => g.Count() > CommonNameCount).Select(g => g.Key)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var dismissed = (await db.Set<DuplicateDismissal>().AsNoTracking().Select(d => new { d.FirstId, d.SecondId })
            .ToListAsync(cancellationToken)).Select(d => (d.FirstId, d.SecondId)).ToHashSet();
        var pairs = new Dictionary<(Guid, Guid), (int Score, List<string> Reasons)>();

        var byName = live.OrderBy(c => c.SearchName).ThenBy(c => c.BirthDate).ThenBy(c => c.Id);
        var scanned = await SweepAsync(byName, common, dismissed, pairs, cancellationToken);
        var byLastName = live.OrderBy(c => c.LastName!.ToLower()).ThenBy(c => c.FirstName!.ToLower()).ThenBy(c => c.Id);
        await SweepAsync(byLastName, common, dismissed, pairs, cancellationToken);

        await AddAddressAgreementAsync(db, pairs, cancellationToken);
        var found = pairs.ToList();
        await ReplaceCandidatesAsync(db, found, cancellationToken);

        scan.Finish(scanned, found.Count, Now);
        db.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Duplicate scan: {Customers} customers, {Candidates} candidates in {Elapsed} ms", scanned, found.Count, watch.ElapsedMilliseconds);
        return scan;
    }

    private static async Task<int> SweepAsync(
        IQueryable<Customer> ordered,
        HashSet<string> common,
        HashSet<(Guid, Guid)> dismissed,
        Dictionary<(Guid, Guid), (int Score, List<string> Reasons)> pairs,
        CancellationToken cancellationToken)
    {
        var window = new Queue<DuplicateProfile>(Window + 1);
        var count = 0;
        var rows = ordered.Select(c => new { c.Id, c.Kind, c.SearchName, c.Phone, c.EmailNormalized, c.BirthDate }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            count++;
            var current = new DuplicateProfile(row.Id, row.Kind, row.SearchName, row.Phone, row.EmailNormalized, row.BirthDate);
            foreach (var earlier in window)
            {
                var key = DuplicatePair.Order(earlier.Id, current.Id);
                if (dismissed.Contains(key) || pairs.Count >= MaxCandidates)
                {
                    continue;
                }

                var isCommon = common.Contains(current.Folded) || common.Contains(earlier.Folded);
                if (DuplicateScorer.Score(earlier, current, isCommon) is { } scored
                    && scored.Score >= DuplicateScorer.Threshold
                    && (!pairs.TryGetValue(key, out var known) || known.Score < scored.Score))
                {
                    pairs[key] = scored;
                }
            }

            window.Enqueue(current);
            if (window.Count > Window)
            {
                window.Dequeue();
            }
        }

        return count;
    }

    /// <summary>Same first address (street line and city, folded) raises a candidate's score; read only for the candidates.</summary>
    private static async Task AddAddressAgreementAsync(
        MuhtarDbContext db, Dictionary<(Guid, Guid), (int Score, List<string> Reasons)> pairs, CancellationToken cancellationToken)
    {
        var ids = pairs.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().ToList();
        var addresses = new Dictionary<Guid, string>();
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            var rows = await db.Set<CustomerAddress>().AsNoTracking().Where(a => chunk.Contains(a.CustomerId))
                .Select(a => new { a.CustomerId, a.Line, a.City, a.CreatedAt }).ToListAsync(cancellationToken);
            foreach (var first in rows.GroupBy(a => a.CustomerId).Select(g => g.OrderBy(a => a.CreatedAt).First()))
            {
                addresses[first.CustomerId] = TurkishText.Fold(first.Line + " " + first.City);
            }
        }

        foreach (var key in pairs.Keys.ToList())
        {
            if (addresses.TryGetValue(key.Item1, out var a) && addresses.TryGetValue(key.Item2, out var b) && a.Length > 0 && a == b)
            {
                var (score, reasons) = pairs[key];
                pairs[key] = (DuplicateScorer.WithAddress(score, reasons), reasons);
            }
        }
    }

    private async Task ReplaceCandidatesAsync(
        MuhtarDbContext db, List<KeyValuePair<(Guid, Guid), (int Score, List<string> Reasons)>> found, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<DuplicateCandidate>().ExecuteDeleteAsync(cancellationToken);
        foreach (var chunk in found.Chunk(BatchSize))
        {
            db.AddRange(chunk.Select(p => new DuplicateCandidate(p.Key.Item1, p.Key.Item2, p.Value.Score, p.Value.Reasons, Now)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
