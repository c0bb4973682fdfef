using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Ledger.Api;
using Muhtar.Ledger.Book;
using Muhtar.Platform.Data;

namespace Muhtar.Ledger.Integration;

/// <summary>
/// KVKK: the export holds the person's credit-book entries and balance. Erasure blanks the notes staff typed
/// ("Ayşe'nin kızı aldı"); amounts, kinds, dates and reversal links stay, because the shop's receivables must
/// still add up (a debt is not erased by a privacy request).
/// </summary>
internal sealed class CreditPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "creditBook";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.Set<CreditEntry>().AsNoTracking().Where(e => e.CustomerId == customerId)
            .OrderBy(e => e.RecordedAt).ToListAsync(cancellationToken);
        return entries.Count == 0
            ? null
            : new { Entries = entries.Select(EntryResponse.From).ToList() };
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        await db.Set<CreditEntry>().Where(e => e.CustomerId == customerId && e.Note != null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, (string?)null), cancellationToken);
}
