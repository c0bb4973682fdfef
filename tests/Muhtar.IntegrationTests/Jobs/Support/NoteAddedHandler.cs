using Muhtar.Platform.Events;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>Records the tenant and the clock it sees, as a real handler would use them.</summary>
public sealed class NoteAddedHandler(JobTestLog log, ITenantContext tenant, TimeProvider time) : IEventHandler<NoteAdded>
{
    public Task HandleAsync(NoteAdded e, EventContext context, CancellationToken cancellationToken)
    {
        log.Record(nameof(NoteAddedHandler), e.Key, tenant.TenantId, time.GetUtcNow(), context.Attempt);
        return Task.CompletedTask;
    }
}
