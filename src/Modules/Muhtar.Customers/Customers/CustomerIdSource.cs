using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Customers;

/// <summary>Active customers' ids in id order (stable, so generated demo data is repeatable).</summary>
internal sealed class CustomerIdSource(IDbContextFactory<MuhtarDbContext> dbFactory) : ICustomerIdSource
{
    public async Task<IReadOnlyList<Guid>> SampleIdsAsync(int max, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Customer>().AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.Id).Select(c => c.Id).Take(max).ToListAsync(ct);
    }
}
