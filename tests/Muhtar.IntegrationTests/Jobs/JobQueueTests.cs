using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Jobs;

/// <summary>The durable queue on a real database: leases, retries, dead letters and dedupe.</summary>
public abstract class JobQueueTests : JobsTestBase
{
    [Fact]
    public async Task A_job_held_by_a_worker_that_died_runs_again_after_its_lease_and_not_before()
    {
        var tenant = await App.CreateTenantAsync("lease");
        await EnqueueAsync(tenant, new CountedTask("k1"), Clock.GetUtcNow().UtcDateTime);
        var lease = App.Options.Lease;

        // The "dead" worker claims the job and never completes it.
        var claimed = await App.WithStoreAsync(s => s.ClaimAsync("dead-worker", 10, lease));
        Assert.Single(claimed);

        var survivor = NewInstance("instance-b").Worker;
        Assert.Equal(0, await survivor.RunOnceAsync());
        Clock.Advance(lease - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await survivor.RunOnceAsync());
        Assert.Empty(Log.Runs);

        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await survivor.RunOnceAsync());
        var run = Assert.Single(Log.Observations);
        Assert.Equal(2, run.Attempt);
        Assert.Equal(tenant, run.TenantId);

        // The dead worker coming back cannot complete what is no longer its job.
        Assert.False(await App.WithStoreAsync(s => s.CompleteAsync(claimed[0].Id, "dead-worker")));
        var job = Assert.Single(await App.JobsAsync());
        Assert.NotNull(job.CompletedAt);
        Assert.Equal("instance-b", job.LeaseOwner);
        Assert.Equal(2, job.Attempts);
    }

    [Fact]
    public async Task Jobs_cut_short_by_shutdown_are_given_back_at_once_without_counting_the_attempt()
    {
        var tenant = await App.CreateTenantAsync("shutdown");
        await EnqueueAsync(tenant, new BlockingTask("b1"), Clock.GetUtcNow().UtcDateTime);
        await EnqueueAsync(tenant, new BlockingTask("b2"), Clock.GetUtcNow().UtcDateTime);
        using var shutdown = new CancellationTokenSource();

        // Both are claimed in one batch; the first blocks until the shutdown, the second never starts.
        var run = App.Worker.RunOnceAsync(shutdown.Token);
        await Log.BlockingStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await shutdown.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        var jobs = await App.JobsAsync();
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, job =>
        {
            Assert.Null(job.LeaseUntil);
            Assert.Equal(0, job.Attempts);
            Assert.Null(job.CompletedAt);
            Assert.Null(job.FailedAt);
        });

        // Another instance takes them straight away, without waiting for a lease to run out.
        var claimed = await NewInstance("instance-b").WithStoreAsync(s => s.ClaimAsync("instance-b", 10, App.Options.Lease));
        Assert.Equal(2, claimed.Count);
        Assert.All(claimed, c => Assert.Equal(1, c.Attempts));
    }

    [Fact]
    public async Task A_failing_task_is_retried_with_backoff_then_dead_lettered_and_an_admin_can_retry_it()
    {
        var tenant = await App.CreateTenantAsync("flaky");
        var other = await App.CreateTenantAsync("other");
        await EnqueueAsync(tenant, new FlakyTask("f1"), Clock.GetUtcNow().UtcDateTime, maxAttempts: 3);
        var worker = App.Worker;

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, await worker.RunOnceAsync());
            var job = Assert.Single(await App.JobsAsync());
            Assert.Equal(attempt, job.Attempts);
            Assert.Contains($"Flaky failure on attempt {attempt}", job.LastError, StringComparison.Ordinal);
            Assert.Null(job.LeaseUntil);
            if (attempt == 3)
            {
                Assert.Equal(Clock.GetUtcNow().UtcDateTime, job.FailedAt);
                break;
            }

            var backoff = TimeSpan.FromSeconds(10 * Math.Pow(2, attempt - 1));
            Assert.Equal(Clock.GetUtcNow().UtcDateTime + backoff, job.DueAt);
            Assert.Null(job.FailedAt);
            Assert.Equal(0, await worker.RunOnceAsync());
            Clock.Advance(backoff - TimeSpan.FromSeconds(1));
            Assert.Equal(0, await worker.RunOnceAsync());
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Dead-lettered: never claimed again, however long we wait.
        Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await worker.RunOnceAsync());

        var id = Assert.Single(await App.JobsAsync()).Id;
        Assert.False(await App.WithStoreAsync(s => s.RetryDeadAsync(id, other)));
        Assert.True(await App.WithStoreAsync(s => s.RetryDeadAsync(id, tenant)));
        Log.Failing = false;
        Assert.Equal(1, await worker.RunOnceAsync());
        Assert.Equal(1, Assert.Single(Log.Observations).Attempt);
        var done = Assert.Single(await App.JobsAsync());
        Assert.NotNull(done.CompletedAt);
        Assert.Null(done.FailedAt);
    }

    [Fact]
    public async Task A_task_without_a_handler_is_dead_lettered_instead_of_vanishing()
    {
        var tenant = await App.CreateTenantAsync("orphan");
        await EnqueueAsync(tenant, new OrphanTask("o1"), Clock.GetUtcNow().UtcDateTime, maxAttempts: 1);

        Assert.Equal(1, await App.Worker.RunOnceAsync());

        var job = Assert.Single(await App.JobsAsync());
        Assert.NotNull(job.FailedAt);
        Assert.Contains("No handler is registered", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueueing_the_same_dedupe_key_twice_stores_one_job()
    {
        var tenant = await App.CreateTenantAsync("dedupe");
        var due = Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await using (var scope = App.Scope(tenant))
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<JobScheduler>();
            Assert.True(await scheduler.TryEnqueueAsync(new CountedTask("d1"), due, "reminder:d1"));
            Assert.False(await scheduler.TryEnqueueAsync(new CountedTask("d1"), due.AddHours(1), "reminder:d1"));
        }

        // Outside any tenant too (platform-wide work carries no tenant).
        await using (var scope = App.Scope())
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<JobScheduler>();
            Assert.True(await scheduler.TryEnqueueAsync(new CountedTask("d2"), due, "nightly:d2"));
            Assert.False(await scheduler.TryEnqueueAsync(new CountedTask("d2"), due, "nightly:d2"));
        }

        var jobs = await App.JobsAsync();
        Assert.Equal(2, jobs.Count);
        var first = Assert.Single(jobs, j => j.DedupeKey == "reminder:d1");
        Assert.Equal(tenant, first.TenantId);
        Assert.Equal(due, first.DueAt);
        Assert.Null(Assert.Single(jobs, j => j.DedupeKey == "nightly:d2").TenantId);

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await App.Worker.RunOnceAsync());
        Assert.Equal(1, Log.Runs["CountedTaskHandler:d1"]);
        Assert.Equal(1, Log.Runs["CountedTaskHandler:d2"]);
    }

    [Fact]
    public async Task Saving_a_duplicate_dedupe_key_through_the_outbox_fails_the_whole_save_recognisably()
    {
        var tenant = await App.CreateTenantAsync("dup");
        var due = Clock.GetUtcNow().UtcDateTime;
        await EnqueueAsync(tenant, new CountedTask("x"), due, dedupeKey: "once:x");

        await using var scope = App.Scope(tenant);
        await using var db = JobsInstance.Db(scope);
        db.Add(new Tenant("Saved with it", "dup-companion", due));
        db.Enqueue(new CountedTask("x"), due, "once:x");
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(MuhtarDbContext.IsDuplicateJob(error));
        await using var check = JobsInstance.Db(scope);
        Assert.False(await check.Set<Tenant>().AnyAsync(t => t.Slug == "dup-companion"));
        Assert.Single(await App.JobsAsync());
    }
}

public sealed class JobQueueTests_Sqlite : JobQueueTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class JobQueueTests_Postgres : JobQueueTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
