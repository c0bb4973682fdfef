using Microsoft.EntityFrameworkCore;
using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Jobs;

/// <summary>Events are stored with the change that raised them, or not at all, and reach their handlers once.</summary>
public abstract class OutboxTests : JobsTestBase
{
    [Fact]
    public async Task An_event_published_in_a_save_that_fails_is_not_stored()
    {
        var tenant = await App.CreateTenantAsync("taken");
        await using (var scope = App.Scope(tenant))
        await using (var db = JobsInstance.Db(scope))
        {
            // The unique slug of another row in the same SaveChanges makes it fail.
            db.Add(new Tenant("Duplicate", "taken", Clock.GetUtcNow().UtcDateTime));
            db.Publish(new NoteAdded("lost", "never stored"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Empty(await App.JobsAsync());
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await App.Worker.RunOnceAsync());
        Assert.Empty(Log.Runs);
    }

    [Fact]
    public async Task An_event_published_with_a_successful_save_reaches_every_handler_once_with_its_tenant_and_the_clock()
    {
        var tenant = await App.CreateTenantAsync("notes");
        await using (var scope = App.Scope(tenant))
        await using (var db = JobsInstance.Db(scope))
        {
            db.Add(new Tenant("Saved with the event", "notes-branch", Clock.GetUtcNow().UtcDateTime));
            db.Publish(new NoteAdded("n1", "Ahmet Yılmaz aradı"));
            await db.SaveChangesAsync();
        }

        var stored = Assert.Single(await App.JobsAsync());
        Assert.Equal(JobKind.Event, stored.Kind);
        Assert.Equal(tenant, stored.TenantId);

        Clock.Advance(TimeSpan.FromMinutes(3));
        var expectedNow = Clock.GetUtcNow();
        Assert.Equal(1, await App.Worker.RunOnceAsync());
        Clock.Advance(App.Options.Lease + TimeSpan.FromHours(1));
        Assert.Equal(0, await App.Worker.RunOnceAsync());

        Assert.Equal(2, Log.Observations.Count);
        foreach (var handler in new[] { nameof(NoteAddedHandler), nameof(NoteAddedAuditor) })
        {
            var seen = Assert.Single(Log.Observations, o => o.Handler == handler);
            Assert.Equal("n1", seen.Key);
            Assert.Equal(tenant, seen.TenantId);
            Assert.Equal(expectedNow, seen.Now);
            Assert.Equal(1, seen.Attempt);
        }

        Assert.NotNull(Assert.Single(await App.JobsAsync()).CompletedAt);
    }

    [Fact]
    public async Task An_event_nobody_handles_completes()
    {
        var tenant = await App.CreateTenantAsync("silent");
        await using (var scope = App.Scope(tenant))
        await using (var db = JobsInstance.Db(scope))
        {
            db.Publish(new NobodyListens("s1"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await App.Worker.RunOnceAsync());
        var job = Assert.Single(await App.JobsAsync());
        Assert.NotNull(job.CompletedAt);
        Assert.Null(job.FailedAt);
    }
}

public sealed class OutboxTests_Sqlite : OutboxTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class OutboxTests_Postgres : OutboxTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
