using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Jobs;

/// <summary>Runs the <see cref="IJobHandler{TTask}"/> of one task type.</summary>
internal sealed class TaskInvoker<TTask> : IJobInvoker
    where TTask : class
{
    public JobKind Kind => JobKind.Task;

    public Type ClrType => typeof(TTask);

    public string TypeName { get; } = JobTypeName.Of(typeof(TTask));

    public async Task InvokeAsync(IServiceProvider services, ClaimedJob job, CancellationToken cancellationToken)
    {
        var task = JsonSerializer.Deserialize<TTask>(job.Payload, MuhtarDbContext.PayloadJson)
            ?? throw new InvalidOperationException($"Job {job.Id} has an empty {TypeName} payload.");
        var context = new JobContext(job.Id, job.TenantId, job.Attempts);
        foreach (var handler in services.GetServices<IJobHandler<TTask>>())
        {
            await handler.HandleAsync(task, context, cancellationToken);
        }
    }
}
