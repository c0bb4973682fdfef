using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Loyalty.Api;
using Muhtar.Loyalty.Ledger;
using Muhtar.Loyalty.Stamps;
using Muhtar.Platform.Data;

namespace Muhtar.Loyalty.Integration;

/// <summary>
/// KVKK: the export holds the person's balance, points ledger and stamps. Ledger rows carry no personal
/// value except the free-text reason staff typed for an adjustment, which erasure blanks; points, kinds and
/// dates stay so the programme's liability and reports keep their totals.
/// </summary>
internal sealed class LoyaltyPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "loyalty";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var points = await db.Set<PointEntry>().AsNoTracking().Where(e => e.CustomerId == customerId).OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        var stamps = await db.Set<StampEntry>().AsNoTracking().Where(e => e.CustomerId == customerId).OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        if (points.Count == 0 && stamps.Count == 0)
        {
            return null;
        }

        return new
        {
            Balance = points.Sum(e => e.Points),
            Points = points.Select(CustomerEndpoints.Entry).ToList(),
            Stamps = stamps.Select(s => new { s.CardId, Kind = s.Kind.ToString().ToLowerInvariant(), s.Stamps, OccurredAt = LoyaltyWire.Instant(s.OccurredAt) }).ToList(),
        };
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        await db.Set<PointEntry>().Where(e => e.CustomerId == customerId && e.Reason != null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, (string?)null), cancellationToken);
    }
}
