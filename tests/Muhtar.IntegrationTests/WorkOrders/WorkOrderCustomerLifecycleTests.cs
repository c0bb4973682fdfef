using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Privacy;

namespace Muhtar.IntegrationTests.WorkOrders;

/// <summary>Work orders follow the customer through a merge and its undo; erasure blanks the notes but keeps the order.</summary>
public abstract class WorkOrderCustomerLifecycleTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Merging_customers_moves_the_orders_to_the_survivor_and_undo_moves_them_back()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var first = await kit.ReceiveAsync("0532 301 40 50");
        using var second = await kit.ReceiveAsync("0532 301 40 51", firstName: "Ahmet Can");
        var survivor = first.RootElement.GetProperty("customerId").GetGuid();
        var twin = second.RootElement.GetProperty("customerId").GetGuid();
        var twinOrder = second.RootElement.GetProperty("id").GetGuid();

        using var merge = await WorkOrderKit.JsonAsync(
            await kit.Tenant.Api.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = survivor, mergedIds = new[] { twin } }), HttpStatusCode.Created);
        Assert.Equal(survivor, await OwnerAsync(kit, twinOrder));

        var undo = await kit.Tenant.Api.PostAsJsonAsync($"/api/v1/customers/merges/{merge.RootElement.GetProperty("id").GetGuid()}/undo", new { });
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(twin, await OwnerAsync(kit, twinOrder));
    }

    [Fact]
    public async Task Erasure_blanks_the_notes_but_keeps_the_order_and_its_number()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var received = await kit.ReceiveAsync("0532 301 40 52");
        var id = received.RootElement.GetProperty("id").GetGuid();
        var customer = received.RootElement.GetProperty("customerId").GetGuid();
        Assert.Equal("2 cm", received.RootElement.GetProperty("notes").GetString());

        var request = await PrivacyApi.CreateAsync(kit.Tenant.Api, new { customerId = customer, type = "erasure", channel = "letter", requestedOn = PrivacyApi.Today(app) });
        await PrivacyApi.PostAsync(kit.Tenant.Api, $"/api/v1/privacy/requests/{request.GetProperty("id").GetGuid()}/complete");

        using var order = await kit.GetAsync($"/api/v1/work-orders/{id}");
        Assert.Equal(JsonValueKind.Null, order.RootElement.GetProperty("notes").ValueKind);
        Assert.Equal(received.RootElement.GetProperty("number").GetInt32(), order.RootElement.GetProperty("number").GetInt32());
    }

    private static async Task<Guid> OwnerAsync(WorkOrderKit kit, Guid orderId)
    {
        using var order = await kit.GetAsync($"/api/v1/work-orders/{orderId}");
        return order.RootElement.GetProperty("customerId").GetGuid();
    }
}

public sealed class WorkOrderCustomerLifecycleTests_Sqlite(SqliteApp app) : WorkOrderCustomerLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class WorkOrderCustomerLifecycleTests_Postgres(PostgresApp app) : WorkOrderCustomerLifecycleTests(app), IClassFixture<PostgresApp>;
