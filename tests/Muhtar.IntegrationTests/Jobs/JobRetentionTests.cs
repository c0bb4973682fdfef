using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Jobs;

/// <summary>Old completed jobs are deleted; open work, dead letters and live dedupe keys are kept.</summary>
public abstract class JobRetentionTests : JobsTestBase
{
    [Fact]
    public async Task Completed_jobs_are_deleted_after_their_retention_while_open_dead_and_keyed_ones_stay()
    {
        var tenant = await App.CreateTenantAsync("retention");
        var now = Clock.GetUtcNow().UtcDateTime;
        await EnqueueAsync(tenant, new CountedTask("plain"), now);
        await EnqueueAsync(tenant, new CountedTask("keyed"), now, dedupeKey: "reminder:42");
        await EnqueueAsync(tenant, new FlakyTask("dead"), now, maxAttempts: 1);
        Log.Failing = true;
        Assert.Equal(3, await App.Worker.RunOnceAsync());
        Log.Failing = false;
        await EnqueueAsync(tenant, new CountedTask("later"), now + TimeSpan.FromDays(30));

        // Eight days on: the plain completed job goes; the keyed one still guards its key.
        Clock.Advance(TimeSpan.FromDays(8));
        await App.Worker.PurgeIfDueAsync();
        var left = await App.JobsAsync();
        Assert.Equal(["dead", "keyed", "later"], left.Select(Marker).Order(StringComparer.Ordinal));
        await using (var scope = App.Scope(tenant))
        await using (var db = JobsInstance.Db(scope))
        {
            Assert.False(await db.TryEnqueueAsync(new CountedTask("keyed-again"), Clock.GetUtcNow().UtcDateTime, "reminder:42"));
        }

        // Half a year on, the keyed job goes too; the dead letter waits for an admin.
        Clock.Advance(TimeSpan.FromDays(180));
        await App.Worker.PurgeIfDueAsync();
        left = await App.JobsAsync();
        Assert.Equal(["dead", "later"], left.Select(Marker).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_purge_runs_at_most_once_per_interval()
    {
        var tenant = await App.CreateTenantAsync("interval");
        await EnqueueAsync(tenant, new CountedTask("first"), Clock.GetUtcNow().UtcDateTime);
        await App.Worker.RunOnceAsync();
        Clock.Advance(TimeSpan.FromDays(8));
        await App.Worker.PurgeIfDueAsync();

        await EnqueueAsync(tenant, new CountedTask("second"), Clock.GetUtcNow().UtcDateTime);
        await App.Worker.RunOnceAsync();
        Clock.Advance(TimeSpan.FromDays(8));
        await App.Worker.PurgeIfDueAsync();
        Assert.Empty(await App.JobsAsync());

        // Within the hour after a purge, nothing is looked at even though a job is old enough by then.
        await EnqueueAsync(tenant, new CountedTask("third"), Clock.GetUtcNow().UtcDateTime);
        await App.Worker.RunOnceAsync();
        Clock.Advance(TimeSpan.FromDays(8));
        await App.Worker.PurgeIfDueAsync();
        Assert.Empty(await App.JobsAsync());
        await EnqueueAsync(tenant, new CountedTask("fourth"), Clock.GetUtcNow().UtcDateTime);
        await App.Worker.RunOnceAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await App.Worker.PurgeIfDueAsync();
        Assert.Single(await App.JobsAsync());
    }

    private static string Marker(Muhtar.Platform.Jobs.Job job) =>
        System.Text.Json.JsonDocument.Parse(job.Payload).RootElement.EnumerateObject().First().Value.GetString()!;
}

public sealed class JobRetentionTests_Sqlite : JobRetentionTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class JobRetentionTests_Postgres : JobRetentionTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
