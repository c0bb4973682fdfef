using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Jobs;

/// <summary>
/// GET /api/v1/admin/jobs/dead and POST /api/v1/admin/jobs/{id}/retry in the real app: Owner and Manager
/// only, and only ever their own business's jobs (platform_jobs spans tenants, so the endpoints filter by
/// hand). Anonymous callers and other roles are covered by the generated endpoint security tests.
/// </summary>
public abstract class DeadLetterApiTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Owners_and_managers_list_only_their_own_dead_jobs()
    {
        var mine = await app.CreateTenantAsync();
        var theirs = await app.CreateTenantAsync();
        var myJob = await DeadJobOfAsync(mine.Id);
        var theirJob = await DeadJobOfAsync(theirs.Id);

        foreach (var role in new[] { Roles.Owner, Roles.Manager })
        {
            var client = await mine.LoginAsync(role);
            var page = await client.GetFromJsonAsync<DeadJobPage>("/api/v1/admin/jobs/dead");
            Assert.NotNull(page);
            Assert.Equal(1, page.Total);
            var dead = Assert.Single(page.Items);
            Assert.Equal(myJob, dead.Id);
            Assert.NotEqual(theirJob, dead.Id);
            Assert.Equal("task", dead.Kind);
            Assert.Equal(JobTypeName.Of(typeof(OrphanTask)), dead.Type);
            Assert.Contains("No handler is registered", dead.LastError, StringComparison.Ordinal);
            Assert.Equal(app.Clock.GetUtcNow(), dead.FailedAt);
        }

        // Integration keys have no scope that grants jobs.manage.
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.Api.GetAsync("/api/v1/admin/jobs/dead")).StatusCode);
    }

    [Fact]
    public async Task Retrying_brings_back_only_the_callers_own_dead_job()
    {
        var mine = await app.CreateTenantAsync();
        var theirs = await app.CreateTenantAsync();
        var myJob = await DeadJobOfAsync(mine.Id);
        var theirJob = await DeadJobOfAsync(theirs.Id);
        var owner = await mine.LoginAsync(Roles.Owner);

        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync($"/api/v1/admin/jobs/{theirJob}/retry", null)).StatusCode);
        Assert.NotNull((await JobAsync(theirJob)).FailedAt);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/admin/jobs/{myJob}/retry", null)).StatusCode);
        var retried = await JobAsync(myJob);
        Assert.Null(retried.FailedAt);
        Assert.Equal(0, retried.Attempts);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, retried.DueAt);

        // No longer dead: a second retry finds nothing, and the list is empty.
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsync($"/api/v1/admin/jobs/{myJob}/retry", null)).StatusCode);
        Assert.Equal(0, (await owner.GetFromJsonAsync<DeadJobPage>("/api/v1/admin/jobs/dead"))!.Total);
    }

    /// <summary>Queues a task nobody handles, with one attempt, and lets the app's worker dead-letter it.</summary>
    private async Task<Guid> DeadJobOfAsync(Guid tenantId)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            db.Enqueue(new OrphanTask(tenantId.ToString()), app.Clock.GetUtcNow().UtcDateTime, maxAttempts: 1);
            await db.SaveChangesAsync();
        }

        var worker = app.Services.GetServices<IHostedService>().OfType<JobWorker>().First();
        for (var round = 0; round < 100 && await worker.RunOnceAsync() > 0; round++)
        {
        }

        await using var check = app.Services.CreateAsyncScope();
        await using var jobs = await check.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var job = await jobs.Set<Job>().AsNoTracking().SingleAsync(j => j.TenantId == tenantId && j.Type == JobTypeName.Of(typeof(OrphanTask)));
        Assert.NotNull(job.FailedAt);
        return job.Id;
    }

    private async Task<Job> JobAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await db.Set<Job>().AsNoTracking().SingleAsync(j => j.Id == id);
    }
}

public sealed class DeadLetterApiTests_Sqlite(SqliteApp app) : DeadLetterApiTests(app), IClassFixture<SqliteApp>;

public sealed class DeadLetterApiTests_Postgres(PostgresApp app) : DeadLetterApiTests(app), IClassFixture<PostgresApp>;
