using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Jobs.Support;

public sealed class CountedTaskHandler(JobTestLog log, ITenantContext tenant, TimeProvider time) : IJobHandler<CountedTask>
{
    public Task HandleAsync(CountedTask task, JobContext context, CancellationToken cancellationToken)
    {
        log.Record(nameof(CountedTaskHandler), task.Key, tenant.TenantId, time.GetUtcNow(), context.Attempt);
        return Task.CompletedTask;
    }
}
