using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;

namespace Muhtar.Customers.Timeline;

/// <summary>The customer's first entry: when the record was created (also for rows that came in without an audit line).</summary>
internal sealed class CustomerRecordTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<TimelineResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var created = await db.Set<Customer>().AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => (DateTime?)c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (created is not { } at || take <= 0)
        {
            return [];
        }

        var entry = new TimelineEntry($"customer:{customerId:D}:created", DateTime.SpecifyKind(at, DateTimeKind.Utc), "created", text["Kind.created"]);
        return before is null || before.IsBefore(entry) ? [entry] : [];
    }
}
