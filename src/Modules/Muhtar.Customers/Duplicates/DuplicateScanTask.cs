using Muhtar.Platform.Jobs;

namespace Muhtar.Customers.Duplicates;

/// <summary>The job that rescans the current business for duplicates.</summary>
internal sealed record DuplicateScanTask(DateTime RequestedAt);

/// <summary>Runs a requested scan in the background. A second run recomputes the same list, so "at least once" is safe.</summary>
internal sealed class DuplicateScanHandler(DuplicateDetector detector) : IJobHandler<DuplicateScanTask>
{
    public Task HandleAsync(DuplicateScanTask task, JobContext context, CancellationToken cancellationToken) =>
        detector.ScanAsync(cancellationToken);
}
