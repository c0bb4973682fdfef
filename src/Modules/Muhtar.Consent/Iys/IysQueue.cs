using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Consent.Ledger;
using Muhtar.Consent.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Consent.Iys;

/// <summary>
/// The decisions the business still owes the national consent registry (İYS). Every ONAY/RET the
/// business itself collected is owed (our ledger has no lines that came from İYS), until a person marks
/// it as sent. Lines whose address was erased (KVKK) cannot be reported and are left out.
/// </summary>
internal sealed class IysQueue(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    TimeProvider time,
    ICustomerDirectory customers,
    IStringLocalizer<ConsentResource> text)
{
    public const int MaxMarked = 5000;

    /// <summary>Oldest deadline first; only lines recorded at or before <paramref name="recordedUntil"/> when given.</summary>
    public async Task<IReadOnlyList<IysPending>> PendingAsync(DateTime? recordedUntil = null, bool withNames = false, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<ConsentRecord>().AsNoTracking()
            .Where(r => r.Recipient != null && !db.Set<IysReport>().Any(x => x.ConsentRecordId == r.Id));
        if (recordedUntil is { } until)
        {
            var limit = DateTime.SpecifyKind(until, DateTimeKind.Utc);
            query = query.Where(r => r.RecordedAt <= limit);
        }

        var records = await query.ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string?>();
        if (withNames)
        {
            foreach (var id in records.Select(r => r.CustomerId).Distinct())
            {
                names[id] = (await customers.GetAsync(id, cancellationToken))?.DisplayName;
            }
        }

        return records
            .OrderBy(r => r.DecidedAt).ThenBy(r => r.Id)
            .Select(r =>
            {
                var dueBy = IysDeadline.DueBy(r.DecidedAt);
                return new IysPending(r.Id, r.CustomerId, names.GetValueOrDefault(r.CustomerId), IysRow.From(r),
                    DateTime.SpecifyKind(r.DecidedAt, DateTimeKind.Utc), IysDeadline.LastDay(r.DecidedAt), dueBy, now >= dueBy);
            })
            .ToList();
    }

    /// <summary>Marks the given lines as sent to İYS; ids of other businesses or already marked lines are skipped. Returns how many were marked.</summary>
    public async Task<int> MarkReportedAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            throw new RuleViolation("ids", text["Validation.NoIds"]);
        }

        if (ids.Count > MaxMarked)
        {
            throw new RuleViolation("ids", text["Validation.TooManyIds", MaxMarked]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var wanted = ids.Distinct().ToList();
        var open = await db.Set<ConsentRecord>()
            .Where(r => wanted.Contains(r.Id) && !db.Set<IysReport>().Any(x => x.ConsentRecordId == r.Id))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        db.AddRange(open.Select(id => new IysReport(id, tenant.UserId, tenant.ActorName, now)));
        await db.SaveChangesAsync(cancellationToken);
        return open.Count;
    }

    /// <summary>RFC 4180 CSV (UTF-8, comma, CRLF) with the registry's field names as the header.</summary>
    public static string ToCsv(IEnumerable<IysRow> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', IysRow.Header)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Values().Select(Quote))).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string ToJson(IEnumerable<IysRow> rows) =>
        JsonSerializer.Serialize(rows, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
