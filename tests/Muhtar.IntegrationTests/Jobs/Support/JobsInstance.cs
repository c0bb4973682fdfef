using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Muhtar.Platform;
using Muhtar.Platform.Data;
using Muhtar.Platform.Events;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;
using Muhtar.Web.Hosting;

namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>
/// One "app instance": its own service provider (own singletons, dispatcher and worker), registered the way
/// the app registers the platform, over a database and a FakeTimeProvider that all instances of a test share.
/// </summary>
internal sealed class JobsInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly FakeTimeProvider _clock;

    public JobsInstance(DatabaseProvider provider, string connectionString, FakeTimeProvider clock, JobTestLog log, string workerId, bool pollingEnabled = false)
    {
        _clock = clock;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Muhtar"] = connectionString,
                ["Jobs:Enabled"] = pollingEnabled ? "true" : "false",
                ["Jobs:Workers"] = "1",
                ["Jobs:WorkerId"] = workerId,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(log);
        services.AddLogging();
        services.AddMuhtarPlatform(configuration);
        services.AddMuhtarModules();
        services.AddEventHandler<NoteAdded, NoteAddedHandler>();
        services.AddEventHandler<NoteAdded, NoteAddedAuditor>();
        services.AddJobHandler<CountedTask, CountedTaskHandler>();
        services.AddJobHandler<FlakyTask, FlakyTaskHandler>();
        services.AddJobHandler<BlockingTask, BlockingTaskHandler>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Worker = _services.GetServices<IHostedService>().OfType<JobWorker>().Single();
        Options = _services.GetRequiredService<JobOptions>();
    }

    public JobWorker Worker { get; }

    public JobOptions Options { get; }

    /// <summary>A scope acting for <paramref name="tenantId"/> (or for nobody), like a request or a job.</summary>
    public AsyncServiceScope Scope(Guid? tenantId = null)
    {
        var scope = _services.CreateAsyncScope();
        if (tenantId is { } id)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(id, null, "test");
        }

        return scope;
    }

    public static MuhtarDbContext Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContext();

    public async Task MigrateAsync()
    {
        await using var scope = Scope();
        await using var db = Db(scope);
        await db.Database.MigrateAsync();
    }

    public async Task<Guid> CreateTenantAsync(string slug)
    {
        await using var scope = Scope();
        await using var db = Db(scope);
        var tenant = new Tenant("Test " + slug, slug, _clock.GetUtcNow().UtcDateTime);
        db.Add(tenant);
        await db.SaveChangesAsync();
        return tenant.Id;
    }

    public async Task<List<Job>> JobsAsync()
    {
        await using var scope = Scope();
        await using var db = Db(scope);
        return await db.Set<Job>().AsNoTracking().ToListAsync();
    }

    public async Task<T> WithStoreAsync<T>(Func<JobStore, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider.GetRequiredService<JobStore>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
