using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// Events about a customer wait in the outbox (and stay there a week once handled), and some carry personal
/// values, such as the text of a tag put on them. Erasure withdraws the person's events, handled or not:
/// nothing should still react to or announce an erased person. One a worker holds right now is left to finish.
/// </summary>
internal sealed class OutboxPersonalData(ITenantContext tenant, TimeProvider time) : IPersonalDataHolder
{
    public string Name => "outbox";

    public Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken) => Task.FromResult<object?>(null);

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var id = customerId.ToString();
        var tenantId = tenant.TenantId;
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<Job>()
            .Where(j => j.Kind == JobKind.Event && j.TenantId == tenantId && j.Payload.Contains(id)
                && (j.CompletedAt != null || j.LeaseUntil == null || j.LeaseUntil < now))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
