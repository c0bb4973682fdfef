using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.Jobs;

/// <summary>
/// Many jobs, several app instances polling one database at the same time: each job runs exactly once.
/// PostgreSQL runs two instances (FOR UPDATE SKIP LOCKED); SQLite, deployed as one instance, runs one.
/// </summary>
public abstract class ConcurrentWorkerTests : JobsTestBase
{
    private const int JobCount = 1000;

    protected abstract int Instances { get; }

    [Fact]
    public async Task A_thousand_jobs_each_run_exactly_once_across_worker_instances()
    {
        var tenant = await App.CreateTenantAsync("bulk");
        await using (var scope = App.Scope(tenant))
        await using (var db = JobsInstance.Db(scope))
        {
            for (var i = 0; i < JobCount; i++)
            {
                db.Enqueue(new CountedTask($"job-{i}"), Clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync();
        }

        var workers = Enumerable.Range(1, Instances)
            .Select(i => i == 1 ? App.Worker : NewInstance($"instance-{i}").Worker)
            .ToList();
        var claimed = await Task.WhenAll(workers.Select(w => Task.Run(() => DrainAsync(w))));

        Assert.Equal(JobCount, claimed.Sum());
        Assert.All(claimed, c => Assert.True(c > 0, "every instance should have taken part"));
        Assert.Equal(JobCount, Log.Runs.Count);
        Assert.All(Log.Runs, r => Assert.Equal(1, r.Value));
        var jobs = await App.JobsAsync();
        Assert.Equal(JobCount, jobs.Count(j => j.CompletedAt is not null));
        Assert.All(jobs, j => Assert.Equal(1, j.Attempts));
    }

    /// <summary>Runs batches until none is left; bounded so a bug cannot hang the test run.</summary>
    private static async Task<int> DrainAsync(JobWorker worker)
    {
        var total = 0;
        for (var round = 0; round < JobCount; round++)
        {
            var n = await worker.RunOnceAsync();
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}

public sealed class ConcurrentWorkerTests_Sqlite : ConcurrentWorkerTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override int Instances => 1;
}

public sealed class ConcurrentWorkerTests_Postgres : ConcurrentWorkerTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override int Instances => 2;
}
