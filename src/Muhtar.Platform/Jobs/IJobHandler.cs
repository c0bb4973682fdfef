namespace Muhtar.Platform.Jobs;

/// <summary>
/// Runs a scheduled task (queued with <c>db.Enqueue</c> or <see cref="JobScheduler.TryEnqueueAsync{TTask}"/>)
/// in its own DI scope with the task's tenant set. An exception retries it with backoff until it is
/// dead-lettered. At least once, so it must be safe to run twice.
/// Register with <see cref="JobServiceCollectionExtensions.AddJobHandler{TTask, THandler}"/>.
/// </summary>
public interface IJobHandler<in TTask>
    where TTask : class
{
    Task HandleAsync(TTask task, JobContext context, CancellationToken cancellationToken);
}
