using System.Collections.Concurrent;

namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>
/// What the test handlers saw, shared by every "app instance" of one test (the same object is registered in
/// each service provider), so runs can be counted across instances.
/// </summary>
public sealed class JobTestLog
{
    public ConcurrentDictionary<string, int> Runs { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<HandlerObservation> Observations { get; } = new();

    /// <summary>While true, <see cref="FlakyTaskHandler"/> throws.</summary>
    public volatile bool Failing = true;

    /// <summary>Completed by the first handler run, for the test that waits on the hosted loop.</summary>
    public TaskCompletionSource<string> FirstRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when <see cref="BlockingTaskHandler"/> has started.</summary>
    public TaskCompletionSource BlockingStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Record(string handler, string key, Guid tenantId, DateTimeOffset now, int attempt)
    {
        Runs.AddOrUpdate($"{handler}:{key}", 1, (_, n) => n + 1);
        Observations.Enqueue(new HandlerObservation(handler, key, tenantId, now, attempt));
        FirstRun.TrySetResult(key);
    }
}

public sealed record HandlerObservation(string Handler, string Key, Guid TenantId, DateTimeOffset Now, int Attempt);
