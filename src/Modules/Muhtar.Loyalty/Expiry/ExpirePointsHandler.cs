using Muhtar.Platform.Jobs;

namespace Muhtar.Loyalty.Expiry;

/// <summary>Runs in the task's tenant scope; safe to run twice (see <see cref="PointExpiry"/>).</summary>
internal sealed class ExpirePointsHandler(PointExpiry expiry) : IJobHandler<ExpirePointsTask>
{
    public Task HandleAsync(ExpirePointsTask task, JobContext context, CancellationToken cancellationToken) =>
        expiry.RunAsync(cancellationToken);
}
