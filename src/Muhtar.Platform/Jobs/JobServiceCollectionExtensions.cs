using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Muhtar.Platform.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>
    /// Registers the handler (scoped) of task <typeparamref name="TTask"/> and records the task's stored type
    /// name, so the job workers can turn rows of that type back into <typeparamref name="TTask"/>.
    /// </summary>
    public static IServiceCollection AddJobHandler<TTask, THandler>(this IServiceCollection services)
        where TTask : class
        where THandler : class, IJobHandler<TTask>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IJobHandler<TTask>, THandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobInvoker, TaskInvoker<TTask>>());
        return services;
    }
}
