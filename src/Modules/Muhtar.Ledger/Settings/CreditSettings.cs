using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Ledger.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Ledger.Settings;

/// <summary>Reads and changes the business's credit-book settings; the defaults apply until someone saves.</summary>
internal sealed class CreditSettings(IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time, IStringLocalizer<LedgerResource> text)
{
    public const int MinIntervalDays = 1;

    public const int MaxIntervalDays = 90;

    public async Task<int> ReminderIntervalDaysAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var days = await db.Set<CreditBookSettings>().Select(s => (int?)s.ReminderIntervalDays).SingleOrDefaultAsync(ct);
        return days ?? CreditBookSettings.DefaultReminderIntervalDays;
    }

    public async Task<TimeSpan> ReminderIntervalAsync(CancellationToken ct = default) => TimeSpan.FromDays(await ReminderIntervalDaysAsync(ct));

    public async Task SetReminderIntervalDaysAsync(int? days, CancellationToken ct = default)
    {
        if (days is not { } value || value < MinIntervalDays || value > MaxIntervalDays)
        {
            throw new RuleViolation("reminderIntervalDays", text["Settings.IntervalInvalid", MinIntervalDays, MaxIntervalDays]);
        }

        try
        {
            await SaveAsync(value, ct);
        }
        catch (DbUpdateException)
        {
            // Someone else created the row between our read and insert (unique TenantId): it exists now, so update it.
            await SaveAsync(value, ct);
        }
    }

    private async Task SaveAsync(int days, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var row = await db.Set<CreditBookSettings>().SingleOrDefaultAsync(ct);
        if (row is null)
        {
            db.Add(new CreditBookSettings(days, now));
        }
        else
        {
            row.Change(days, now);
        }

        await db.SaveChangesAsync(ct);
    }
}
