using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Loyalty.Accounts;
using Muhtar.Loyalty.Localization;
using Muhtar.Loyalty.Programme;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Ledger;

/// <summary>A customer's ledger read in pages, and staff's manual corrections (loyalty.manage).</summary>
internal sealed class PointAdjustments(
    IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time, ITenantContext tenant, IStringLocalizer<LoyaltyResource> text)
{
    public const long MaxPoints = 10_000_000;

    public async Task<LedgerPage> PageAsync(Guid customerId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<PointEntry>().AsNoTracking().Where(e => e.CustomerId == customerId);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new LedgerPage(items, total);
    }

    /// <summary>Adds (positive) or removes (negative) points with a reason; the balance may not go below zero.
    /// Added points are a lot that expires like earned points.</summary>
    public async Task<(PointEntry Entry, long Balance)> AdjustAsync(Guid customerId, long points, string? reason, CancellationToken cancellationToken = default)
    {
        if (points == 0)
        {
            throw new RuleViolation("points", text["Adjust.PointsRequired"]);
        }

        if (Math.Abs(points) > MaxPoints)
        {
            throw new RuleViolation("points", text["Adjust.PointsTooLarge"]);
        }

        var why = reason?.Trim() ?? "";
        if (why.Length == 0)
        {
            throw new RuleViolation("reason", text["Adjust.ReasonRequired"]);
        }

        if (why.Length > 500)
        {
            throw new RuleViolation("reason", text["Adjust.ReasonTooLong"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await LoyaltyAccounts.AccountAsync(db, customerId, cancellationToken);
        if (account.Balance + points < 0)
        {
            throw new RuleViolation("points", text["Adjust.BelowZero", account.Balance]).With("balance", account.Balance);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var months = await db.Set<LoyaltyProgramme>().AsNoTracking().Select(p => p.ExpiryMonths).FirstOrDefaultAsync(cancellationToken);
        var entry = new PointEntry(customerId, PointEntryKind.Adjustment, points, SourceKinds.Adjustment, Guid.CreateVersion7(), now, now)
            .Expiring(months is { } m ? now.AddMonths(m) : null)
            .By(why, tenant.ActorName);
        db.Add(entry);
        account.Add(points);
        await db.SaveChangesAsync(cancellationToken);
        return (entry, account.Balance);
    }
}
