using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Loyalty.Expiry;
using Muhtar.Loyalty.Ledger;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.Loyalty;

/// <summary>The daily expiry job on the fake clock: what is left of a lot expires once, oldest first (FIFO).
/// Its own fixture, because it moves the clock by months.</summary>
public abstract class PointExpiryTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Unused_points_expire_after_their_months_oldest_first_and_exactly_once()
    {
        var kit = await LoyaltyKit.CreateAsync(app, new { isActive = true, pointsPerLira = 1, pointValue = 0.01, minRedeemPoints = 1, maxRedeemPercent = 100, expiryMonths = 1 });
        var customer = await kit.CustomerAsync();
        await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 300_00))); // lot A: 300
        app.Clock.Advance(TimeSpan.FromDays(10));
        await kit.SellAsync(kit.Basket(customer, 0, kit.CakeLine(1, 1, 200_00))); // lot B: 200
        // Spending 100 uses the oldest lot first: A has 200 left, B all of its 200.
        await kit.SellAsync(kit.Basket(customer, 100, kit.CakeLine(1, 1, 100_00))); // earns 99 (lot C)

        app.Clock.Advance(TimeSpan.FromDays(25)); // A is past its month, B and C are not
        Assert.True(await RunDailyJobAsync() >= 1);
        Assert.Equal(200 + 99, (await kit.StatusAsync(customer)).Balance);

        // The same day again: no second job; a job run twice changes nothing.
        Assert.Equal(0, await RunDailyJobAsync());
        await RunExpiryDirectlyAsync(kit);
        var expired = await ExpiryRowsAsync(kit, customer);
        Assert.Equal([-200L], expired);

        app.Clock.Advance(TimeSpan.FromDays(40)); // B and C expire too
        await RunDailyJobAsync();
        await RunExpiryDirectlyAsync(kit);

        Assert.Equal([-200L, -200L, -99L], (await ExpiryRowsAsync(kit, customer)).Order());
        Assert.Equal((0L, 0L), await kit.BalancesAsync(customer));
    }

    private async Task<int> RunDailyJobAsync()
    {
        var queued = await app.Services.GetRequiredService<PointExpiryScheduler>().ScheduleAsync();
        var worker = app.Services.GetServices<IHostedService>().OfType<JobWorker>().First();
        while (await worker.RunOnceAsync() > 0)
        {
            // Drain every due job (other businesses' expiry jobs included).
        }

        return queued;
    }

    /// <summary>The handler's work run again outside the queue, as a retried or duplicated job would.</summary>
    private static Task<long> RunExpiryDirectlyAsync(LoyaltyKit kit) =>
        kit.WithScopeAsync(sp => sp.GetRequiredService<PointExpiry>().RunAsync());

    private static Task<List<long>> ExpiryRowsAsync(LoyaltyKit kit, Guid customer) => kit.WithAccountsAsync((_, db) =>
        db.Set<PointEntry>().Where(e => e.CustomerId == customer && e.Kind == PointEntryKind.Expiry).OrderBy(e => e.OccurredAt).Select(e => e.Points).ToListAsync());
}

public sealed class PointExpiryTests_Sqlite(SqliteApp app) : PointExpiryTests(app), IClassFixture<SqliteApp>;

public sealed class PointExpiryTests_Postgres(PostgresApp app) : PointExpiryTests(app), IClassFixture<PostgresApp>;
