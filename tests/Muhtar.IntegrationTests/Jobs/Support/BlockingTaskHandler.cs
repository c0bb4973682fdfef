using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.Jobs.Support;

public sealed class BlockingTaskHandler(JobTestLog log) : IJobHandler<BlockingTask>
{
    public async Task HandleAsync(BlockingTask task, JobContext context, CancellationToken cancellationToken)
    {
        log.BlockingStarted.TrySetResult();
        await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
    }
}
