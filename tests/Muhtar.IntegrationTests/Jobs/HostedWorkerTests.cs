using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Jobs;

/// <summary>The polling loop itself runs on the injected clock: moving the fake clock makes it poll.</summary>
public abstract class HostedWorkerTests : JobsTestBase
{
    [Fact]
    public async Task The_hosted_worker_runs_a_job_when_the_fake_clock_reaches_its_due_time()
    {
        var tenant = await App.CreateTenantAsync("hosted");
        await EnqueueAsync(tenant, new Support.CountedTask("h1"), Clock.GetUtcNow().UtcDateTime.AddSeconds(5));
        var worker = NewInstance("polling", pollingEnabled: true).Worker;

        await worker.StartAsync(CancellationToken.None);
        try
        {
            Assert.False(Log.FirstRun.Task.IsCompleted);
            Clock.Advance(TimeSpan.FromSeconds(5));

            // A real-time bound only guards against a hang; the fake clock is what makes the loop poll.
            Assert.Equal("h1", await Log.FirstRun.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }
}

public sealed class HostedWorkerTests_Sqlite : HostedWorkerTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class HostedWorkerTests_Postgres : HostedWorkerTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
