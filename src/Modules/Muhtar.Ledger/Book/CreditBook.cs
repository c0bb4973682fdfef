using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Ledger.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Ledger.Book;

/// <summary>Posting charges, payments and reversals, and reading balances and debtors, for the current business.</summary>
internal sealed class CreditBook(
    IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time, ITenantContext tenant, IStringLocalizer<LedgerResource> text)
{
    /// <summary>10 million lira: larger than any grocer's tab, small enough that sums never overflow.</summary>
    public const long MaxAmountKurus = 1_000_000_000;

    public async Task<CreditEntry> PostAsync(Guid customerId, CreditEntryKind kind, long amountKurus, string? note, CancellationToken ct = default)
    {
        if (kind == CreditEntryKind.Reversal)
        {
            throw new RuleViolation("kind", text["Entry.KindInvalid"]);
        }

        if (amountKurus <= 0 || amountKurus > MaxAmountKurus)
        {
            throw new RuleViolation("amount", text["Entry.AmountInvalid"]);
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > 500)
        {
            throw new RuleViolation("note", text["Entry.NoteTooLong"]);
        }

        var signed = kind == CreditEntryKind.Charge ? amountKurus : -amountKurus;
        var entry = new CreditEntry(customerId, kind, signed, trimmed, null, time.GetUtcNow().UtcDateTime, tenant.ActorName);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    /// <summary>Cancels an entry with its opposite; null when the id is not this business's. A second reversal is a 409.</summary>
    public async Task<CreditEntry?> ReverseAsync(Guid entryId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var original = await db.Set<CreditEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (original is null)
        {
            return null;
        }

        if (original.Kind == CreditEntryKind.Reversal)
        {
            throw new RuleViolation("entryId", text["Reverse.ReversalOfReversal"], 409);
        }

        var reversal = new CreditEntry(original.CustomerId, CreditEntryKind.Reversal, -original.AmountKurus, null, original.Id,
            time.GetUtcNow().UtcDateTime, tenant.ActorName);
        db.Add(reversal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique ReversesId index refuses a second reversal (possibly a simultaneous one); anything else is rethrown.
            if (await AlreadyReversedAsync(entryId, ct))
            {
                throw new RuleViolation("entryId", text["Reverse.AlreadyReversed"], 409);
            }

            throw;
        }

        return reversal;
    }

    public async Task<long> BalanceAsync(Guid customerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<CreditEntry>().Where(e => e.CustomerId == customerId).SumAsync(e => e.AmountKurus, ct);
    }

    public async Task<IReadOnlyList<CreditEntry>> EntriesAsync(Guid customerId, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<CreditEntry>().AsNoTracking().Where(e => e.CustomerId == customerId)
            .OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Everyone who owes something, with the date of their oldest charge not yet paid off (FIFO).</summary>
    public async Task<IReadOnlyList<Debtor>> DebtorsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owing = await db.Set<CreditEntry>().GroupBy(e => e.CustomerId)
            .Select(g => new { CustomerId = g.Key, Balance = g.Sum(e => e.AmountKurus) })
            .Where(x => x.Balance > 0).ToListAsync(ct);
        var ids = owing.Select(x => x.CustomerId).ToList();
        var entries = await db.Set<CreditEntry>().AsNoTracking().Where(e => ids.Contains(e.CustomerId)).ToListAsync(ct);
        var byCustomer = entries.ToLookup(e => e.CustomerId);
        return owing.Select(x => new Debtor(x.CustomerId, x.Balance, Fifo.OldestUnpaid(byCustomer[x.CustomerId]))).ToList();
    }

    private async Task<bool> AlreadyReversedAsync(Guid entryId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<CreditEntry>().AnyAsync(e => e.ReversesId == entryId, ct);
    }
}

internal sealed record Debtor(Guid CustomerId, long BalanceKurus, DateTime? Since);
