using System.Net;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.WorkOrders;

/// <summary>The counter's pages as the server renders them: the order page, the paper ticket and the customer page's panel.</summary>
public abstract class WorkOrderPageTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_order_page_offers_only_the_forward_moves_left()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var received = await kit.ReceiveAsync("0539 500 00 01");
        var id = received.RootElement.GetProperty("id").GetGuid();
        var staff = await kit.Tenant.LoginAsync("Technician");

        var fresh = await staff.GetStringAsync($"/work-orders/{id}");
        Assert.Contains("data-testid=\"wo-move-in-progress\"", fresh, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wo-move-ready\"", fresh, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wo-move-delivered\"", fresh, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await kit.SetStatusAsync(id, "ready")).StatusCode);
        var ready = await staff.GetStringAsync($"/work-orders/{id}");
        Assert.DoesNotContain("wo-move-in-progress", ready, StringComparison.Ordinal);
        Assert.DoesNotContain("wo-move-ready", ready, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wo-move-delivered\"", ready, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await kit.SetStatusAsync(id, "delivered")).StatusCode);
        Assert.DoesNotContain("wo-move-", await staff.GetStringAsync($"/work-orders/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ticket_shows_the_business_the_number_the_customer_and_the_price_and_prints_on_a_receipt_roll()
    {
        var kit = await WorkOrderKit.CreateAsync(app, "Terzi Mehmet Usta");
        using var received = await kit.ReceiveAsync("0539 500 00 02", firstName: "Zeynep", price: 1250.5m, deposit: 0);
        var id = received.RootElement.GetProperty("id").GetGuid();
        var staff = await kit.Tenant.LoginAsync("Clerk");

        var ticket = await staff.GetStringAsync($"/work-orders/{id}/ticket");

        Assert.Contains("data-testid=\"wo-ticket-business\">Terzi Mehmet Usta<", ticket, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wo-ticket-number\">1001<", ticket, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wo-ticket-customer\">Zeynep Y", ticket, StringComparison.Ordinal);
        Assert.Contains("1.250,50", ticket, StringComparison.Ordinal);
        Assert.Contains("size: 80mm auto", ticket, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_business_gets_not_found_for_the_order_page_and_ticket()
    {
        var kit = await WorkOrderKit.CreateAsync(app, "Kuru Temizleme Bir");
        var other = await WorkOrderKit.CreateAsync(app);
        using var received = await kit.ReceiveAsync("0539 500 00 03", firstName: "Gizlimusteri");
        var id = received.RootElement.GetProperty("id").GetGuid();
        var intruder = await other.Tenant.LoginAsync("Manager");

        var page = await intruder.GetStringAsync($"/work-orders/{id}");
        var ticket = await intruder.GetStringAsync($"/work-orders/{id}/ticket");

        Assert.DoesNotContain("Gizlimusteri", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Gizlimusteri", ticket, StringComparison.Ordinal);
        Assert.DoesNotContain("Kuru Temizleme Bir", ticket, StringComparison.Ordinal);
        Assert.DoesNotContain("wo-move-", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_customer_page_lists_open_orders_with_overdue_marked_and_finished_ones_as_history()
    {
        var kit = await WorkOrderKit.CreateAsync(app);
        using var soon = await kit.ReceiveAsync("0539 500 00 04", inDays: 1);
        using var later = await kit.ReceiveAsync("0539 500 00 04", inDays: 20);
        using var done = await kit.ReceiveAsync("0539 500 00 04", inDays: 2);
        Assert.Equal(HttpStatusCode.OK, (await kit.SetStatusAsync(done.RootElement.GetProperty("id").GetGuid(), "delivered")).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(3));
        var customer = soon.RootElement.GetProperty("customerId").GetGuid();
        var staff = await kit.Tenant.LoginAsync("Manager");

        var html = await staff.GetStringAsync($"/customers/{customer}");

        var open = Section(html, "workorders-panel-open");
        var history = Section(html, "workorders-panel-history");
        Assert.Contains(">1001<", open, StringComparison.Ordinal);
        Assert.Contains(">1002<", open, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(open, "wo-overdue-label"));
        Assert.Contains(">1003<", history, StringComparison.Ordinal);
        Assert.DoesNotContain(">1003<", open, StringComparison.Ordinal);
    }

    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, testId + " missing");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

public sealed class WorkOrderPageTests_Sqlite(SqliteApp app) : WorkOrderPageTests(app), IClassFixture<SqliteApp>;

public sealed class WorkOrderPageTests_Postgres(PostgresApp app) : WorkOrderPageTests(app), IClassFixture<PostgresApp>;
