using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Ledger.Book;

/// <summary>The current business's name (messages sign with it) and time zone (a statement month is a local month).</summary>
internal sealed class BusinessProfile(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant)
{
    private const string DefaultZone = "Europe/Istanbul";

    public async Task<(string Name, TimeZoneInfo Zone)> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenant.TenantId)
            .Select(t => new { t.Name, t.TimeZone }).SingleAsync(ct);
        return (row.Name, Zone(row.TimeZone));
    }

    private static TimeZoneInfo Zone(string? id)
    {
        // A zone id the machine does not know must not break a statement: fall back to Istanbul, the product's default.
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(DefaultZone);
    }
}
