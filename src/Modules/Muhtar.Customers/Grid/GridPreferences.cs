using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.CustomFields;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Grid;

/// <summary>
/// Reads and stores the signed-in user's custom-field columns of the customer grid, per business. Callers
/// without a user (API keys, jobs) have no preference: they read nothing and their choice is not kept.
/// </summary>
internal sealed class GridPreferences(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, TimeProvider time)
{
    public const string CustomersGrid = "customers";

    /// <summary>The chosen columns that are still active custom fields of the business, in the chosen order.</summary>
    public async Task<IReadOnlyList<string>> ColumnsAsync(CancellationToken cancellationToken = default)
    {
        if (tenant.UserId is not { } userId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<GridPreference>().AsNoTracking()
            .Where(p => p.UserId == userId && p.Grid == CustomersGrid).Select(p => p.Columns).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrEmpty(stored))
        {
            return [];
        }

        var active = (await db.Set<CustomFieldDefinition>().AsNoTracking().Where(f => !f.IsArchived).Select(f => f.Key).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(active.Contains).ToList();
    }

    /// <summary>Remembers the columns (keys of custom fields; unknown keys are dropped). Returns false for a caller without a user.</summary>
    public async Task<bool> SaveColumnsAsync(IEnumerable<string> columns, CancellationToken cancellationToken = default)
    {
        if (tenant.UserId is not { } userId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = (await db.Set<CustomFieldDefinition>().AsNoTracking().Select(f => f.Key).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var keys = columns.Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var preference = await db.Set<GridPreference>().FirstOrDefaultAsync(p => p.UserId == userId && p.Grid == CustomersGrid, cancellationToken);
        if (preference is null)
        {
            preference = new GridPreference(userId, CustomersGrid, now);
            db.Add(preference);
        }

        preference.Choose(keys, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(preference).State == EntityState.Added)
        {
            // The same user saved from another tab a moment ago: the unique index kept theirs; write ours over it.
            await using var retry = await dbFactory.CreateDbContextAsync(cancellationToken);
            var stored = await retry.Set<GridPreference>().FirstAsync(p => p.UserId == userId && p.Grid == CustomersGrid, cancellationToken);
            stored.Choose(keys, now);
            await retry.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
