using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Muhtar.Platform.Events;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// Runs one claimed job: its handlers in a fresh DI scope acting for the job's tenant, then completes it, or
/// records the failure (retry with backoff, dead letter at MaxAttempts). An event nobody handles completes;
/// a task without a handler fails, so the mistake shows up in the dead letters instead of vanishing.
/// </summary>
internal sealed class JobDispatcher(IServiceScopeFactory scopes, JobTypeRegistry registry, ILogger<JobDispatcher> logger)
{
    /// <summary>Whether any <see cref="IEventObserver"/> is registered; without one, unhandled events need no scope.</summary>
    private readonly Lazy<bool> _hasObservers = new(() => HasObservers(scopes));

    public const string Actor = "system:jobs";

    public async Task RunAsync(ClaimedJob job, string workerId, JobStore store, CancellationToken cancellationToken)
    {
        try
        {
            await InvokeAsync(job, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-run is not the job's fault: give it back at once, uncounted.
            await store.ReleaseAsync(job.Id, workerId, CancellationToken.None);
            JobLog.Released(logger, job.Id, job.Type, workerId);
            throw;
        }
        catch (Exception ex)
        {
            // Recorded on the row (for the dead-letter list) and logged by job id; the payload stays out of logs.
            var outcome = await store.FailAsync(job.Id, workerId, Describe(ex), cancellationToken);
            JobLog.JobFailed(logger, ex, job.Id, job.Type, job.Attempts, outcome);
            return;
        }

        if (!await store.CompleteAsync(job.Id, workerId, cancellationToken))
        {
            JobLog.LeaseLost(logger, job.Id, job.Type, workerId);
        }
    }

    private async Task InvokeAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        var invoker = registry.Find(job.JobKind, job.Type);
        if (invoker is null && job.JobKind != JobKind.Event)
        {
            throw new InvalidOperationException($"No handler is registered for task type {job.Type}.");
        }

        if (invoker is null && !_hasObservers.Value)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(job.TenantId ?? Guid.Empty, null, Actor);
        if (invoker is not null)
        {
            await invoker.InvokeAsync(scope.ServiceProvider, job, cancellationToken);
        }

        if (job.JobKind == JobKind.Event && _hasObservers.Value)
        {
            var observed = new ObservedEvent(job.Type, job.Payload, new EventContext(job.Id, job.TenantId, job.Attempts));
            foreach (var observer in scope.ServiceProvider.GetServices<IEventObserver>())
            {
                await observer.ObserveAsync(observed, cancellationToken);
            }
        }
    }

    private static bool HasObservers(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IEventObserver>().Any();
    }

    private static string Describe(Exception ex) => $"{ex.GetType().FullName}: {ex.Message}";
}
