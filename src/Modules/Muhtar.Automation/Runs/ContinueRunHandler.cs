using Muhtar.Platform.Jobs;

namespace Muhtar.Automation.Runs;

/// <summary>A wait is over: the run goes on from the step after it (at least once; the engine ignores a stale call).</summary>
internal sealed class ContinueRunHandler(RunEngine engine) : IJobHandler<ContinueRunTask>
{
    public Task HandleAsync(ContinueRunTask task, JobContext context, CancellationToken cancellationToken) =>
        engine.ResumeAfterWaitAsync(task.RunId, task.Step, cancellationToken);
}
