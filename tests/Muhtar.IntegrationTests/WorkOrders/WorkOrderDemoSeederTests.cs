using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Demo;
using Muhtar.Platform.Tenancy;
using Muhtar.WorkOrders.Demo;

namespace Muhtar.IntegrationTests.WorkOrders;

/// <summary>The demo business's counter: orders in every status for real demo customers, one overdue, seeded once, no SMS.</summary>
public abstract class WorkOrderDemoSeederTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_demo_seeds_a_few_orders_once_with_one_overdue_and_queues_no_sms()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var customer = await WorkOrderKit.JsonAsync(await kit.Tenant.Api.PostAsJsonAsync("/api/v1/customers",
            new { kind = "person", firstName = "Demo", lastName = "Müşteri", phone = "0544 100 00 01" }), System.Net.HttpStatusCode.Created);

        await SeedAsync(kit.Tenant.Id);
        await SeedAsync(kit.Tenant.Id);

        using var open = await kit.GetAsync("/api/v1/work-orders");
        var items = open.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.Single(items, i => i.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(1, open.RootElement.GetProperty("counts").GetProperty("delivered").GetInt32());
        Assert.All(items, i => Assert.Equal(customer.RootElement.GetProperty("id").GetGuid(), i.GetProperty("customerId").GetGuid()));
        foreach (var item in items)
        {
            Assert.Empty(await kit.MessagesAsync(item.GetProperty("id").GetGuid()));
        }
    }

    private async Task SeedAsync(Guid tenantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "demo");
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<WorkOrdersDemoSeeder>().Single();
        await seeder.SeedAsync(new DemoSeedContext(tenantId, app.Clock.GetUtcNow().UtcDateTime, 20261207, new Dictionary<string, Guid>()), CancellationToken.None);
    }
}

public sealed class WorkOrderDemoSeederTests_Sqlite(SqliteApp app) : WorkOrderDemoSeederTests(app), IClassFixture<SqliteApp>;

public sealed class WorkOrderDemoSeederTests_Postgres(PostgresApp app) : WorkOrderDemoSeederTests(app), IClassFixture<PostgresApp>;
