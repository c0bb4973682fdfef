using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Muhtar.Platform.Data;

namespace Muhtar.Platform.Jobs;

public static class JobsModule
{
    /// <summary>
    /// The job queue: store, scheduler, dispatcher and <c>Jobs:Workers</c> polling <see cref="JobWorker"/>s
    /// (hosted services). Handlers are added by each module with AddEventHandler / AddJobHandler.
    /// </summary>
    public static IServiceCollection AddMuhtarJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        Validate(options);
        var provider = PlatformModule.ReadDatabaseOptions(configuration).Provider;
        var workers = options.Workers ?? (provider == DatabaseProvider.Postgres ? 2 : 1);
        var baseId = options.WorkerId ?? DefaultWorkerId();

        services.AddSingleton(options);
        services.AddScoped<JobStore>();
        services.AddScoped<JobScheduler>();
        services.AddScoped<JobPurge>();
        services.AddSingleton<JobTypeRegistry>();
        services.AddSingleton<JobDispatcher>();
        for (var i = 1; i <= workers; i++)
        {
            var workerId = workers == 1 ? baseId : $"{baseId}/{i}";
            services.AddSingleton<IHostedService>(sp => new JobWorker(
                sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<JobDispatcher>(), options,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<JobWorker>>(), workerId));
        }

        return services;
    }

    /// <summary>GET /api/v1/admin/jobs/dead and POST /api/v1/admin/jobs/{id}/retry (permission jobs.manage).</summary>
    public static IEndpointRouteBuilder MapMuhtarJobsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        JobAdminEndpoints.MapJobAdmin(endpoints);
        return endpoints;
    }

    private static string DefaultWorkerId()
    {
        var machine = Environment.MachineName;
        machine = machine.Length > 40 ? machine[..40] : machine;
        return $"{machine}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..12]}";
    }

    private static void Validate(JobOptions options)
    {
        if (options.PollInterval <= TimeSpan.Zero || options.Lease <= TimeSpan.Zero || options.BatchSize < 1
            || options.Workers is < 0 || options.WorkerId is { Length: > 90 }
            || options.CompletedRetention <= TimeSpan.Zero || options.DedupedRetention <= TimeSpan.Zero
            || options.PurgeInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                "Jobs options: PollInterval, Lease, CompletedRetention, DedupedRetention and PurgeInterval must be positive, BatchSize at least 1, Workers not negative, WorkerId at most 90 characters.");
        }
    }
}
