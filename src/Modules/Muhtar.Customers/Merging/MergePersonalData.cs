using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Privacy;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Duplicates;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Merging;

/// <summary>
/// KVKK and merges: a merge record keeps a snapshot of every merged row (names, phones, e-mails) for its
/// undo, and the customers merged into a survivor are the same person's older records. Erasing a person
/// therefore erases, through every other holder, each customer merged into them, and deletes the merge
/// records and duplicate candidates that mention them: an erasure cannot be undone, so neither can those
/// merges.
/// </summary>
internal sealed class MergePersonalData(IDbContextFactory<MuhtarDbContext> dbFactory, IServiceProvider services) : IPersonalDataHolder
{
    public string Name => "merges";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var text = customerId.ToString();
        var merges = await db.Set<CustomerMerge>().AsNoTracking()
            .Where(m => m.SurvivorId == customerId || m.MergedIds.Contains(text))
            .OrderBy(m => m.At)
            .Select(m => new { m.Id, m.At, m.SurvivorId, m.MergedIds, m.MergedNames, m.UndoneAt })
            .ToListAsync(cancellationToken);
        return merges.Count == 0 ? null : merges.Select(m => new
        {
            m.Id,
            At = DateTime.SpecifyKind(m.At, DateTimeKind.Utc),
            m.SurvivorId,
            MergedIds = m.MergedIds.Split(',', StringSplitOptions.RemoveEmptyEntries),
            m.MergedNames,
            Undone = m.UndoneAt is not null,
        }).ToList();
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var mergedIntoThem = await db.Set<Customer>()
            .Where(c => c.MergedIntoId == customerId).Select(c => c.Id).ToListAsync(cancellationToken);
        var others = services.GetServices<IPersonalDataHolder>().Where(h => h is not MergePersonalData).ToList();
        foreach (var merged in mergedIntoThem)
        {
            foreach (var holder in others)
            {
                await holder.EraseAsync(db, merged, cancellationToken);
            }

            await ForgetAsync(db, merged, cancellationToken);
        }

        await ForgetAsync(db, customerId, cancellationToken);
    }

    private static async Task ForgetAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var text = customerId.ToString();
        await db.Set<CustomerMerge>().Where(m => m.SurvivorId == customerId || m.MergedIds.Contains(text))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Set<DuplicateCandidate>().Where(c => c.FirstId == customerId || c.SecondId == customerId)
            .ExecuteDeleteAsync(cancellationToken);
        await db.Set<DuplicateDismissal>().Where(c => c.FirstId == customerId || c.SecondId == customerId)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
