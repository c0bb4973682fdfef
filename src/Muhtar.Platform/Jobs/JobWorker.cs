using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// One polling loop: every <see cref="JobOptions.PollInterval"/> it claims a batch and runs it, draining
/// while batches come back full. The timer runs on the injected TimeProvider, so a FakeTimeProvider drives
/// it in tests; tests may also call <see cref="RunOnceAsync"/> directly. Several workers (in one process or
/// many) share the queue safely through the lease in <see cref="JobStore"/>.
/// </summary>
public sealed class JobWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly JobDispatcher _dispatcher;
    private readonly JobOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<JobWorker> _logger;
    private DateTime _nextPurgeAt = DateTime.MinValue;

    internal JobWorker(IServiceScopeFactory scopes, JobDispatcher dispatcher, JobOptions options, TimeProvider time, ILogger<JobWorker> logger, string workerId)
    {
        _scopes = scopes;
        _dispatcher = dispatcher;
        _options = options;
        _time = time;
        _logger = logger;
        WorkerId = workerId;
    }

    /// <summary>The lease owner name this worker claims under.</summary>
    public string WorkerId { get; }

    /// <summary>Claims one batch of due jobs and runs them one after another.</summary>
    /// <returns>How many jobs were claimed.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JobStore>();
        var jobs = await store.ClaimAsync(WorkerId, _options.BatchSize, _options.Lease, cancellationToken);
        for (var i = 0; i < jobs.Count; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(store, jobs.Skip(i));
                cancellationToken.ThrowIfCancellationRequested();
            }

            try
            {
                await _dispatcher.RunAsync(jobs[i], WorkerId, store, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The dispatcher gave back the job it was running; the ones not started go back too.
                await ReleaseAsync(store, jobs.Skip(i + 1));
                throw;
            }
        }

        return jobs.Count;
    }

    /// <summary>Shutting down: claimed jobs go back to the queue at once rather than after the lease.</summary>
    private async Task ReleaseAsync(JobStore store, IEnumerable<ClaimedJob> jobs)
    {
        foreach (var job in jobs)
        {
            await store.ReleaseAsync(job.Id, WorkerId, CancellationToken.None);
            JobLog.Released(_logger, job.Id, job.Type, WorkerId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        JobLog.WorkerStarted(_logger, WorkerId, _options.PollInterval);
        using var timer = new PeriodicTimer(_options.PollInterval, _time);
        try
        {
            do
            {
                await DrainAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: the loop ends here on purpose.
        }
    }

    /// <summary>Deletes old completed jobs once per <see cref="JobOptions.PurgeInterval"/>.</summary>
    public async Task PurgeIfDueAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (now < _nextPurgeAt)
        {
            return;
        }

        _nextPurgeAt = now + _options.PurgeInterval;
        await using var scope = _scopes.CreateAsyncScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<JobPurge>().PurgeAsync(cancellationToken);
        if (deleted > 0)
        {
            JobLog.Purged(_logger, deleted, WorkerId);
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await RunOnceAsync(stoppingToken) >= _options.BatchSize)
            {
            }

            await PurgeIfDueAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The database may be briefly unreachable; keep the worker alive and try on the next tick.
            JobLog.PollFailed(_logger, ex, WorkerId);
        }
    }
}
