using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;

namespace Muhtar.Integrations.Webhooks;

/// <summary>
/// KVKK: a delivery keeps the body it sends (a tag's text, a reply's phone number and words, an automation's
/// event) and the start of the receiver's answer, which may echo it. The export lists what was sent about the
/// person to whom; erasure deletes those deliveries, sent or not: nothing should still announce an erased person,
/// and a delivery without its body can be neither read nor sent again. An attempt a worker is making right now
/// finds its row gone when it books the answer, and gives up.
/// </summary>
internal sealed class WebhookPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "webhookDeliveries";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await About(db, customerId).AsNoTracking().OrderBy(d => d.CreatedAt)
            .Select(d => new { d.Url, Event = d.EventName, d.Status, d.CreatedAt, d.LastAttemptAt, d.Payload })
            .ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows.Select(d => new
        {
            d.Url,
            d.Event,
            Status = d.Status.ToString().ToLowerInvariant(),
            CreatedAt = DateTime.SpecifyKind(d.CreatedAt, DateTimeKind.Utc),
            LastAttemptAt = d.LastAttemptAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : (DateTime?)null,
            d.Payload,
        }).ToList();
    }

    public Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        About(db, customerId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Every body names its customer by id ("customerId", or an automation event's payload).</summary>
    private static IQueryable<WebhookDelivery> About(DbContext db, Guid customerId)
    {
        var id = customerId.ToString("D");
        return db.Set<WebhookDelivery>().Where(d => d.Payload.Contains(id));
    }
}
