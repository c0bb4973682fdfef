using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Merging;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Platform.Text;

namespace Muhtar.Customers.Duplicates;

/// <summary>The duplicate list (C4): reading candidates, dismissing a pair, asking for a scan, and the entry check.</summary>
internal sealed class DuplicateService(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, TimeProvider time, CustomerValidator validator, IStringLocalizer<MergeResource> text)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<ListPage<DuplicateGroupResponse>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var candidates = db.Set<DuplicateCandidate>().AsNoTracking();
        var total = await candidates.CountAsync(cancellationToken);
        var items = await candidates.OrderByDescending(d => d.Score).ThenBy(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = items.SelectMany(d => new[] { d.FirstId, d.SecondId }).Distinct().ToList();
        var customers = await db.Set<Customer>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var groups = items
            .Where(d => customers.ContainsKey(d.FirstId) && customers.ContainsKey(d.SecondId))
            .Select(d => new DuplicateGroupResponse(
                d.Id,
                d.Score,
                d.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries),
                new[] { customers[d.FirstId], customers[d.SecondId] }.OrderBy(c => c.CreatedAt).Select(ToCustomer).ToList()))
            .ToList();
        return new(groups, page, pageSize, total);
    }

    public async Task<DuplicateGroupResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var candidate = await db.Set<DuplicateCandidate>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var customers = await db.Set<Customer>().AsNoTracking()
            .Where(c => c.Id == candidate.FirstId || c.Id == candidate.SecondId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return new(candidate.Id, candidate.Score, candidate.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), customers.Select(ToCustomer).ToList());
    }

    /// <summary>
    /// The candidates as groups (<see cref="DuplicateGroups"/>): every customer connected through candidate
    /// pairs, the pairs with their own score and reasons, best group first. All candidate pairs of the business
    /// are read (a few columns each; tens of thousands at a million customers) to join them, then only the
    /// page's customers are loaded.
    /// </summary>
    public async Task<ListPage<DuplicateClusterResponse>> ListGroupsAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = DuplicateGroups.Build(await PairsAsync(db, cancellationToken));
        var items = groups.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new(await ToResponsesAsync(db, items, cancellationToken), page, pageSize, groups.Count);
    }

    /// <summary>The group one candidate pair belongs to (any pair of the group names it); null when the pair is gone.</summary>
    public async Task<DuplicateClusterResponse?> GetGroupAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var group = DuplicateGroups.Build(await PairsAsync(db, cancellationToken)).FirstOrDefault(g => g.Pairs.Any(p => p.Id == candidateId));
        return group is null ? null : (await ToResponsesAsync(db, [group], cancellationToken)).FirstOrDefault();
    }

    private static async Task<List<DuplicateGroups.Pair>> PairsAsync(MuhtarDbContext db, CancellationToken cancellationToken)
    {
        var live = db.Set<Customer>().Where(c => c.MergedIntoId == null);
        return await db.Set<DuplicateCandidate>().AsNoTracking()
            .Where(d => live.Any(c => c.Id == d.FirstId) && live.Any(c => c.Id == d.SecondId))
            .Select(d => new DuplicateGroups.Pair(d.Id, d.FirstId, d.SecondId, d.Score, d.Reasons))
            .ToListAsync(cancellationToken);
    }

    private static async Task<List<DuplicateClusterResponse>> ToResponsesAsync(
        MuhtarDbContext db, IReadOnlyList<DuplicateGroups.Group> groups, CancellationToken cancellationToken)
    {
        var ids = groups.SelectMany(g => g.Members).Distinct().ToList();
        var customers = await db.Set<Customer>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return groups
            .Where(g => g.Members.All(customers.ContainsKey))
            .Select(g =>
            {
                var pairs = g.Pairs.Select(p => new DuplicatePairResponse(p.Id, p.FirstId, p.SecondId, p.Score, p.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList();
                return new DuplicateClusterResponse(
                    g.Id,
                    g.Score,
                    pairs.SelectMany(p => p.Reasons).Distinct(StringComparer.Ordinal).ToList(),
                    g.Members.Select(id => customers[id]).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(ToCustomer).ToList(),
                    pairs);
            })
            .ToList();
    }

    /// <summary>"Not a duplicate": the pair leaves the list and later scans never propose it again.</summary>
    public async Task<bool> DismissAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var candidate = await db.Set<DuplicateCandidate>().FirstOrDefaultAsync(d => d.Id == candidateId, cancellationToken);
        if (candidate is null)
        {
            return false;
        }

        db.Remove(candidate);
        if (!await db.Set<DuplicateDismissal>().AnyAsync(d => d.FirstId == candidate.FirstId && d.SecondId == candidate.SecondId, cancellationToken))
        {
            db.Add(new DuplicateDismissal(candidate.FirstId, candidate.SecondId, tenant.ActorName, Now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Queues a scan of this business. One per business per minute: the dedupe key makes pressing "Scan"
    /// again (or an import finishing at the same moment) a no-op. Returns false when one was already queued.
    /// </summary>
    public async Task<bool> RequestScanAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = Now;
        var key = $"customers.duplicate-scan:{tenant.TenantId:N}:{now:yyyyMMddHHmm}";
        return await db.TryEnqueueAsync(new DuplicateScanTask(now), now, key, cancellationToken: cancellationToken);
    }

    public async Task<DuplicateScanStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var last = await db.Set<DuplicateScan>().AsNoTracking().Where(s => s.FinishedAt != null)
            .OrderByDescending(s => s.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return new(last?.FinishedAt is { } at ? Utc(at) : null, last?.CustomersScanned, last?.CandidatesFound);
    }

    /// <summary>The entry check on raw input: nothing when the input is invalid (saving reports that).</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> CheckEntryAsync(CustomerRequest request, CancellationToken cancellationToken = default)
    {
        var (draft, _) = validator.Validate(request);
        return draft is null ? [] : await FindSimilarAsync(draft.Kind, draft.DisplayName, draft.Phone, draft.Email, null, cancellationToken);
    }

    /// <summary>
    /// POST /api/v1/customers?checkDuplicates=true: a 409 problem listing the look-alikes (field "name",
    /// extension <c>possibleDuplicates</c>) instead of saving; the client shows them and posts again without the flag.
    /// </summary>
    public async Task ThrowIfLooksLikeExistingAsync(CustomerRequest request, CancellationToken cancellationToken = default)
    {
        var similar = await CheckEntryAsync(request, cancellationToken);
        if (similar.Count > 0)
        {
            throw new RuleViolation("name", text["Problem.PossibleDuplicates"], 409).With("possibleDuplicates", similar);
        }
    }

    /// <summary>
    /// Existing customers a new entry looks like: the same folded name (any word order), the same phone or
    /// e-mail, each scored like the scan does. Uses the name and search-word indexes, never a table scan.
    /// </summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindSimilarAsync(
        CustomerKind kind, string displayName, string? phone, string? email, Guid? self = null, CancellationToken cancellationToken = default)
    {
        var folded = TurkishText.Fold(displayName);
        if (folded.Length == 0 && phone is null && email is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var emailKey = email?.ToLowerInvariant();
        var live = db.Set<Customer>().AsNoTracking().Where(c => c.MergedIntoId == null && c.Id != self);
        var found = await live
            .Where(c => (folded.Length > 0 && c.SearchName == folded) || (phone != null && c.Phone == phone) || (emailKey != null && c.EmailNormalized == emailKey))
            .Take(20).ToListAsync(cancellationToken);
        var sameNameCount = folded.Length == 0 ? 0 : await live.CountAsync(c => c.SearchName == folded, cancellationToken);
        var entry = new DuplicateProfile(Guid.Empty, kind, displayName, phone, emailKey, null);
        return found
            .Select(c => (Customer: c, Scored: DuplicateScorer.Score(entry, DuplicateProfile.Of(c), sameNameCount >= DuplicateDetector.CommonNameCount)))
            .Where(x => x.Scored is { Score: >= DuplicateScorer.Threshold } || x.Customer.Phone == phone || x.Customer.EmailNormalized == emailKey)
            .OrderByDescending(x => x.Scored?.Score ?? 100)
            .Take(5)
            .Select(x => new PossibleDuplicate(x.Customer.Id, x.Customer.DisplayName, x.Customer.Phone, x.Customer.Email, x.Scored?.Reasons ?? KeyReasons(x.Customer, phone, emailKey)))
            .ToList();
    }

    private static List<string> KeyReasons(Customer c, string? phone, string? emailKey) =>
        [.. c.Phone == phone ? [DuplicateReasons.SamePhone] : Array.Empty<string>(), .. c.EmailNormalized == emailKey ? [DuplicateReasons.SameEmail] : Array.Empty<string>()];

    private static DuplicateCustomer ToCustomer(Customer c) =>
        new(c.Id, CustomerMapping.KindName(c.Kind), c.DisplayName, c.Phone, c.Email, c.BirthDate, Utc(c.CreatedAt));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
