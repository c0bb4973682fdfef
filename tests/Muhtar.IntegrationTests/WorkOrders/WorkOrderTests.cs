using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.WorkOrders;

/// <summary>Receiving items, numbering, status moves and the SMS each move sends (L2, L4).</summary>
public abstract class WorkOrderTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Receiving_by_phone_enrols_the_customer_numbers_the_order_and_queues_the_received_sms_once()
    {
        var kit = await WorkOrderKit.CreateAsync(app);

        using var first = await kit.ReceiveAsync("0532 111 22 33");
        using var second = await kit.ReceiveAsync("+90 (532) 111-2233");

        var order = first.RootElement;
        Assert.Equal(1001, order.GetProperty("number").GetInt32());
        Assert.Equal(1002, second.RootElement.GetProperty("number").GetInt32());
        Assert.Equal(order.GetProperty("customerId").GetGuid(), second.RootElement.GetProperty("customerId").GetGuid());
        Assert.Equal("+905321112233", order.GetProperty("customerPhone").GetString());
        Assert.Equal(450m, order.GetProperty("price").GetDecimal());
        Assert.Equal(350m, order.GetProperty("balance").GetDecimal());
        Assert.Equal("received", order.GetProperty("status").GetString());
        var id = order.GetProperty("id").GetGuid();
        var message = Assert.Single(await kit.MessagesAsync(id));
        Assert.Equal($"workorder:{id}:status:received", message.Key);
        Assert.Equal($"Sayın Ahmet Yılmaz, 1001 numaralı siparişiniz alındı, teslim tarihi {WorkOrderKit.TurkishDay(kit.Today.AddDays(7))}.", message.Body);
    }

    [Fact]
    public async Task Ready_sends_the_pickup_sms_exactly_once_even_when_set_twice_or_raced()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var received = await kit.ReceiveAsync("0533 444 55 66");
        var id = received.RootElement.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await kit.SetStatusAsync(id, "in-progress")).StatusCode);
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => kit.SetStatusAsync(id, "ready")));
        var again = await kit.SetStatusAsync(id, "ready");

        Assert.All(racing, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var messages = await kit.MessagesAsync(id);
        Assert.Equal(2, messages.Count);
        var ready = Assert.Single(messages, m => m.Key == $"workorder:{id}:status:ready");
        Assert.Equal("Sayın Ahmet Yılmaz, 1001 numaralı siparişiniz hazır, teslim alabilirsiniz.", ready.Body);
    }

    [Fact]
    public async Task Status_only_moves_forward_and_a_finished_order_cannot_be_cancelled()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var received = await kit.ReceiveAsync("0534 777 88 99");
        var id = received.RootElement.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await kit.SetStatusAsync(id, "ready")).StatusCode);
        await WorkOrderKit.AssertProblemAsync(await kit.SetStatusAsync(id, "in-progress"), "status", HttpStatusCode.Conflict);
        await WorkOrderKit.AssertProblemAsync(await kit.SetStatusAsync(id, "received"), "status");
        await WorkOrderKit.AssertProblemAsync(await kit.SetStatusAsync(id, "finished"), "status");
        Assert.Equal(HttpStatusCode.OK, (await kit.SetStatusAsync(id, "delivered")).StatusCode);
        await WorkOrderKit.AssertProblemAsync(await kit.SetStatusAsync(id, "cancelled"), "status", HttpStatusCode.Conflict);

        using var read = await kit.GetAsync($"/api/v1/work-orders/{id}");
        Assert.Equal("delivered", read.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain(await kit.MessagesAsync(id), m => m.Key.EndsWith(":delivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_names_its_field()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        var promised = kit.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var past = kit.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        async Task Expect(object body, string field) =>
            await WorkOrderKit.AssertProblemAsync(await kit.Tenant.Api.PostAsJsonAsync("/api/v1/work-orders", body), field);

        await Expect(new { phone = "0532 000 00 01", description = " ", price = 10, promisedOn = promised }, "description");
        await Expect(new { phone = "0532 000 00 01", description = "Ceket", price = -1, promisedOn = promised }, "price");
        await Expect(new { phone = "0532 000 00 01", description = "Ceket", price = 10.555, promisedOn = promised }, "price");
        await Expect(new { phone = "0532 000 00 01", description = "Ceket", price = 10, deposit = 11, promisedOn = promised }, "deposit");
        await Expect(new { phone = "0532 000 00 01", description = "Ceket", price = 10, promisedOn = past }, "promisedOn");
        await Expect(new { phone = "0532 000 00 01", description = "Ceket", price = 10 }, "promisedOn");
        await Expect(new { description = "Ceket", price = 10, promisedOn = promised }, "phone");
        await Expect(new { customerId = Guid.NewGuid(), description = "Ceket", price = 10, promisedOn = promised }, "customerId");
    }

    [Fact]
    public async Task The_list_shows_open_orders_counts_per_status_search_and_overdue_by_the_business_calendar()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var soon = await kit.ReceiveAsync("0535 100 00 01", firstName: "Ayşe", inDays: 1);
        using var later = await kit.ReceiveAsync("0535 100 00 02", firstName: "İsmail", inDays: 30);
        using var done = await kit.ReceiveAsync("0535 100 00 03", firstName: "Can", inDays: 1);
        Assert.Equal(HttpStatusCode.OK, (await kit.SetStatusAsync(done.RootElement.GetProperty("id").GetGuid(), "delivered")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(3));
        using var open = await kit.GetAsync("/api/v1/work-orders");
        var items = open.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([1001, 1002], items.Select(i => i.GetProperty("number").GetInt32()));
        Assert.Equal([true, false], items.Select(i => i.GetProperty("isOverdue").GetBoolean()));
        Assert.Equal(2, open.RootElement.GetProperty("counts").GetProperty("received").GetInt32());
        Assert.Equal(1, open.RootElement.GetProperty("counts").GetProperty("delivered").GetInt32());

        using var byName = await kit.GetAsync("/api/v1/work-orders?q=ismail");
        Assert.Equal(1002, Assert.Single(byName.RootElement.GetProperty("items").EnumerateArray()).GetProperty("number").GetInt32());
        using var byPhone = await kit.GetAsync("/api/v1/work-orders?q=0535%20100%2000%2001");
        Assert.Equal(1001, Assert.Single(byPhone.RootElement.GetProperty("items").EnumerateArray()).GetProperty("number").GetInt32());
        using var byNumber = await kit.GetAsync("/api/v1/work-orders?q=1003&status=delivered");
        Assert.Equal("Can Yılmaz", Assert.Single(byNumber.RootElement.GetProperty("items").EnumerateArray()).GetProperty("customerName").GetString());
    }

    [Fact]
    public async Task The_list_page_shows_an_open_order_with_its_number_and_customer()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var received = await kit.ReceiveAsync("0538 400 00 01", firstName: "Zeynep");
        var staff = await kit.Tenant.LoginAsync("Manager");

        var html = await staff.GetStringAsync("/work-orders");

        Assert.Contains("data-testid=\"workorder-row\"", html, StringComparison.Ordinal);
        Assert.Contains(">1001<", html, StringComparison.Ordinal);
        Assert.Contains("Zeynep Y", html, StringComparison.Ordinal); // the rest of the name is HTML-encoded (ı)
    }

    [Fact]
    public async Task Another_business_cannot_see_or_move_an_order()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        var other = await WorkOrderKit.CreateAsync(app);
        using var received = await kit.ReceiveAsync("0536 200 00 01");
        var id = received.RootElement.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await other.Tenant.Api.GetAsync($"/api/v1/work-orders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.SetStatusAsync(id, "ready")).StatusCode);
        using var list = await other.GetAsync("/api/v1/work-orders");
        Assert.Empty(list.RootElement.GetProperty("items").EnumerateArray());
        Assert.Single(await kit.MessagesAsync(id));
    }
}

public sealed class WorkOrderTests_Sqlite(SqliteApp app) : WorkOrderTests(app), IClassFixture<SqliteApp>;

public sealed class WorkOrderTests_Postgres(PostgresApp app) : WorkOrderTests(app), IClassFixture<PostgresApp>;
