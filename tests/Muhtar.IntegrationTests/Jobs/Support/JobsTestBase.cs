using Microsoft.Extensions.Time.Testing;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Jobs.Support;

/// <summary>
/// Each test gets its own fresh, migrated database (jobs are global rows: tests must not see each other's);
/// "app instances" are separate service providers sharing it and one fake clock.
/// </summary>
public abstract class JobsTestBase : IAsyncLifetime
{
    private readonly List<JobsInstance> _instances = [];

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected JobTestLog Log { get; } = new();

    protected abstract DatabaseProvider Provider { get; }

    protected string ConnectionString { get; private set; } = "";

    private protected JobsInstance App => _instances[0];

    public async Task InitializeAsync()
    {
        ConnectionString = Provider == DatabaseProvider.Postgres
            ? await JobsDatabases.PostgresAsync()
            : await JobsDatabases.SqliteAsync();
        await NewInstance("instance-a").MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            JobsDatabases.DeleteSqlite(ConnectionString);
        }
    }

    private protected JobsInstance NewInstance(string workerId, bool pollingEnabled = false)
    {
        var instance = new JobsInstance(Provider, ConnectionString, Clock, Log, workerId, pollingEnabled);
        _instances.Add(instance);
        return instance;
    }

    private protected async Task EnqueueAsync<TTask>(Guid tenant, TTask task, DateTime dueAt, string? dedupeKey = null, int maxAttempts = 10)
        where TTask : class
    {
        await using var scope = App.Scope(tenant);
        await using var db = JobsInstance.Db(scope);
        db.Enqueue(task, dueAt, dedupeKey, maxAttempts);
        await db.SaveChangesAsync();
    }
}
