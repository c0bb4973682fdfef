using Muhtar.Platform.Events;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>A second handler of the same event: every handler of an event runs.</summary>
public sealed class NoteAddedAuditor(JobTestLog log, ITenantContext tenant, TimeProvider time) : IEventHandler<NoteAdded>
{
    public Task HandleAsync(NoteAdded e, EventContext context, CancellationToken cancellationToken)
    {
        log.Record(nameof(NoteAddedAuditor), e.Key, tenant.TenantId, time.GetUtcNow(), context.Attempt);
        return Task.CompletedTask;
    }
}
