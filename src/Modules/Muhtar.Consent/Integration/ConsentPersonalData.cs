using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Consent.Api;
using Muhtar.Consent.Ledger;
using Muhtar.Platform.Data;

namespace Muhtar.Consent.Integration;

/// <summary>
/// KVKK: the export holds the whole ledger of the person; erasure blanks the evidence text and the
/// address of every line but keeps channel, status, source and dates, which prove what was allowed when.
/// </summary>
internal sealed class ConsentPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "consents";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ledger = await db.Set<ConsentRecord>().AsNoTracking().Where(r => r.CustomerId == customerId).ToListAsync(cancellationToken);
        if (ledger.Count == 0)
        {
            return null;
        }

        var current = ConsentsResponse.From(ConsentOverview.From(ledger)).Current;
        var history = ledger.OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.RecordedAt).Select(r => new
        {
            r.Id,
            Channel = ConsentWire.Name(r.Channel),
            Status = ConsentWire.Name(r.Status),
            Source = ConsentWire.Name(r.Source),
            DecidedAt = DateTime.SpecifyKind(r.DecidedAt, DateTimeKind.Utc),
            RecordedAt = DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc),
            r.Recipient,
            r.Evidence,
        }).ToList();
        return new { Current = current, History = history };
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        await db.Set<ConsentRecord>().Where(r => r.CustomerId == customerId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Evidence, (string?)null).SetProperty(r => r.Recipient, (string?)null), cancellationToken);
    }
}
