using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Jobs.Support;

public sealed class FlakyTaskHandler(JobTestLog log, ITenantContext tenant, TimeProvider time) : IJobHandler<FlakyTask>
{
    public Task HandleAsync(FlakyTask task, JobContext context, CancellationToken cancellationToken)
    {
        if (log.Failing)
        {
            throw new InvalidOperationException($"Flaky failure on attempt {context.Attempt}");
        }

        log.Record(nameof(FlakyTaskHandler), task.Key, tenant.TenantId, time.GetUtcNow(), context.Attempt);
        return Task.CompletedTask;
    }
}
