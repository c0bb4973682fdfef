using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.Jobs;

/// <summary>
/// GET /api/v1/admin/jobs/dead and POST /api/v1/admin/jobs/{id}/retry: Owner and Manager only, and only
/// ever their own business's jobs (platform_jobs spans tenants, so the endpoints filter by hand).
/// </summary>
public abstract class DeadLetterApiTests : JobsTestBase
{
    [Fact]
    public async Task Owners_and_managers_list_only_their_own_dead_jobs()
    {
        var (mine, theirs) = await TwoTenantsWithOneDeadJobEachAsync();
        await using var api = await JobsApiHost.StartAsync(Provider, ConnectionString, Clock);

        foreach (var role in new[] { Roles.Owner, Roles.Manager })
        {
            var page = await api.Client(mine, role).GetFromJsonAsync<DeadJobPage>("/api/v1/admin/jobs/dead");
            Assert.NotNull(page);
            Assert.Equal(1, page.Total);
            var dead = Assert.Single(page.Items);
            Assert.Equal("task", dead.Kind);
            Assert.Equal(JobTypeName.Of(typeof(OrphanTask)), dead.Type);
            Assert.Contains("No handler is registered", dead.LastError, StringComparison.Ordinal);
            Assert.Equal(Clock.GetUtcNow(), dead.FailedAt);
            Assert.DoesNotContain(await JobIdsOfAsync(theirs), id => id == dead.Id);
        }
    }

    [Fact]
    public async Task Other_roles_and_anonymous_callers_are_refused()
    {
        var (mine, _) = await TwoTenantsWithOneDeadJobEachAsync();
        var jobId = (await JobIdsOfAsync(mine)).Single();
        await using var api = await JobsApiHost.StartAsync(Provider, ConnectionString, Clock);

        foreach (var role in RolePermissions.RolesWithout(Permissions.JobsManage))
        {
            var client = api.Client(mine, role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/jobs/dead")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/admin/jobs/{jobId}/retry", null)).StatusCode);
        }

        Assert.Contains(Roles.Clerk, RolePermissions.RolesWithout(Permissions.JobsManage));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client().GetAsync("/api/v1/admin/jobs/dead")).StatusCode);
        Assert.NotNull((await App.JobsAsync()).Single(j => j.Id == jobId).FailedAt);
    }

    [Fact]
    public async Task Retrying_brings_back_only_the_callers_own_dead_job()
    {
        var (mine, theirs) = await TwoTenantsWithOneDeadJobEachAsync();
        var myJob = (await JobIdsOfAsync(mine)).Single();
        var theirJob = (await JobIdsOfAsync(theirs)).Single();
        await using var api = await JobsApiHost.StartAsync(Provider, ConnectionString, Clock);
        var owner = api.Client(mine, Roles.Owner);

        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync($"/api/v1/admin/jobs/{theirJob}/retry", null)).StatusCode);
        Assert.NotNull((await App.JobsAsync()).Single(j => j.Id == theirJob).FailedAt);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/admin/jobs/{myJob}/retry", null)).StatusCode);
        var retried = (await App.JobsAsync()).Single(j => j.Id == myJob);
        Assert.Null(retried.FailedAt);
        Assert.Equal(0, retried.Attempts);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, retried.DueAt);

        // No longer dead: a second retry finds nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync($"/api/v1/admin/jobs/{myJob}/retry", null)).StatusCode);
        var page = await owner.GetFromJsonAsync<DeadJobPage>("/api/v1/admin/jobs/dead");
        Assert.Equal(0, page!.Total);
    }

    private async Task<(Guid Mine, Guid Theirs)> TwoTenantsWithOneDeadJobEachAsync()
    {
        var mine = await App.CreateTenantAsync("mine");
        var theirs = await App.CreateTenantAsync("theirs");
        await EnqueueAsync(mine, new OrphanTask("m"), Clock.GetUtcNow().UtcDateTime, maxAttempts: 1);
        await EnqueueAsync(theirs, new OrphanTask("t"), Clock.GetUtcNow().UtcDateTime, maxAttempts: 1);
        Assert.Equal(2, await App.Worker.RunOnceAsync());
        Assert.All(await App.JobsAsync(), j => Assert.NotNull(j.FailedAt));
        return (mine, theirs);
    }

    private async Task<List<Guid>> JobIdsOfAsync(Guid tenant) =>
        (await App.JobsAsync()).Where(j => j.TenantId == tenant).Select(j => j.Id).ToList();
}

public sealed class DeadLetterApiTests_Sqlite : DeadLetterApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class DeadLetterApiTests_Postgres : DeadLetterApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
