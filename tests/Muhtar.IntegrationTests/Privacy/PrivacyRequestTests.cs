using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Privacy;

/// <summary>C7 data-subject requests: 30-day due dates, the overdue list, validation, tenancy and roles.</summary>
public abstract class PrivacyRequestTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_due_date_is_the_request_date_plus_30_days_and_open_requests_come_by_due_date()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await NewCustomerAsync(tenant);
        var today = PrivacyApi.Today(app);
        foreach (var daysAgo in new[] { 20, 5, 28 })
        {
            await PrivacyApi.CreateAsync(tenant.Api, new { customerId = customer, type = "export", channel = "email", requestedOn = today.AddDays(-daysAgo) });
        }

        var open = await PrivacyApi.GetAsync(tenant.Api, "/api/v1/privacy/requests?status=open");

        var items = open.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([today.AddDays(2), today.AddDays(10), today.AddDays(25)], items.Select(i => DateOnly.Parse(i.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([today.AddDays(-28), today.AddDays(-20), today.AddDays(-5)], items.Select(i => DateOnly.Parse(i.GetProperty("requestedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([2, 10, 25], items.Select(i => i.GetProperty("daysLeft").GetInt32()));
        Assert.All(items, i => Assert.False(i.GetProperty("isOverdue").GetBoolean()));
        Assert.All(items, i => Assert.Equal("Gülşen Acar", i.GetProperty("customerName").GetString()));
    }

    [Fact]
    public async Task A_request_not_answered_within_30_days_shows_as_overdue_until_it_is_answered()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await NewCustomerAsync(tenant);
        var late = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = customer, type = "export", channel = "letter", requestedOn = PrivacyApi.Today(app).AddDays(-2) });
        var answered = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = customer, type = "export", channel = "letter", requestedOn = PrivacyApi.Today(app).AddDays(-2) });
        Assert.Empty((await PrivacyApi.GetAsync(tenant.Api, "/api/v1/privacy/requests?overdue=true")).GetProperty("items").EnumerateArray());

        app.Clock.Advance(TimeSpan.FromDays(29));
        await PrivacyApi.PostAsync(tenant.Api, $"/api/v1/privacy/requests/{answered.GetProperty("id")}/complete");

        var overdue = (await PrivacyApi.GetAsync(tenant.Api, "/api/v1/privacy/requests?overdue=true")).GetProperty("items").EnumerateArray().ToList();
        var only = Assert.Single(overdue);
        Assert.Equal(late.GetProperty("id").GetGuid(), only.GetProperty("id").GetGuid());
        Assert.True(only.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(-1, only.GetProperty("daysLeft").GetInt32());
        var done = await PrivacyApi.GetAsync(tenant.Api, $"/api/v1/privacy/requests/{answered.GetProperty("id")}");
        Assert.False(done.GetProperty("isOverdue").GetBoolean());
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), done.GetProperty("handledAt").GetDateTimeOffset());
        Assert.Equal("apikey:tests", done.GetProperty("handledBy").GetString());
    }

    [Fact]
    public async Task A_rejected_request_keeps_its_reason_and_is_closed()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await NewCustomerAsync(tenant);
        var request = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = customer, type = "rectification", channel = "web", requestedOn = PrivacyApi.Today(app), note = "Soyadı Acar değil Açar" });
        var url = $"/api/v1/privacy/requests/{request.GetProperty("id")}";

        var rejected = await PrivacyApi.PostAsync(tenant.Api, url + "/reject", new { reason = "Kimlik doğrulanamadı" });

        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("Kimlik doğrulanamadı", rejected.GetProperty("rejectionReason").GetString());
        Assert.Equal("Soyadı Acar değil Açar", rejected.GetProperty("note").GetString());
        Assert.Empty((await PrivacyApi.GetAsync(tenant.Api, "/api/v1/privacy/requests?status=open")).GetProperty("items").EnumerateArray());
        await Problems.AssertAsync(await tenant.Api.PostAsync(url + "/complete", null), HttpStatusCode.Conflict, "status");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_problem_naming_the_field()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await NewCustomerAsync(tenant);
        var today = PrivacyApi.Today(app);
        var cases = new (object Body, string Field)[]
        {
            (new { type = "export", channel = "email", requestedOn = today }, "customerId"),
            (new { customerId = Guid.NewGuid(), type = "export", channel = "email", requestedOn = today }, "customerId"),
            (new { customerId = customer, type = "delete", channel = "email", requestedOn = today }, "type"),
            (new { customerId = customer, type = "export", channel = "fax", requestedOn = today }, "channel"),
            (new { customerId = customer, type = "export", channel = "email" }, "requestedOn"),
            (new { customerId = customer, type = "export", channel = "email", requestedOn = today.AddDays(1) }, "requestedOn"),
            (new { customerId = customer, type = "rectification", channel = "email", requestedOn = today }, "note"),
            (new { customerId = customer, type = "export", channel = "email", requestedOn = today, note = new string('x', 2001) }, "note"),
        };
        foreach (var (body, field) in cases)
        {
            await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync("/api/v1/privacy/requests", body), HttpStatusCode.UnprocessableEntity, field);
        }

        var request = await PrivacyApi.CreateAsync(tenant.Api, new { customerId = customer, type = "export", channel = "email", requestedOn = today });
        var url = $"/api/v1/privacy/requests/{request.GetProperty("id")}";
        await Problems.AssertAsync(await tenant.Api.PostAsJsonAsync(url + "/reject", new { reason = "  " }), HttpStatusCode.UnprocessableEntity, "reason");
        await Problems.AssertAsync(await tenant.Api.GetAsync(url + "/export?format=pdf"), HttpStatusCode.UnprocessableEntity, "format");
        await Problems.AssertAsync(await tenant.Api.GetAsync("/api/v1/privacy/requests?status=waiting"), HttpStatusCode.UnprocessableEntity, "status");
        Assert.Equal(1, (await PrivacyApi.GetAsync(tenant.Api, "/api/v1/privacy/requests")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Another_business_gets_404_on_every_request_endpoint_and_cannot_file_one_for_a_foreign_customer()
    {
        var owner = await app.CreateTenantAsync();
        var intruder = await app.CreateTenantAsync();
        var customer = await NewCustomerAsync(owner);
        var request = await PrivacyApi.CreateAsync(owner.Api, new { customerId = customer, type = "erasure", channel = "email", requestedOn = PrivacyApi.Today(app) });
        var url = $"/api/v1/privacy/requests/{request.GetProperty("id")}";

        var responses = new[]
        {
            await intruder.Api.GetAsync(url),
            await intruder.Api.PostAsync(url + "/complete", null),
            await intruder.Api.PostAsJsonAsync(url + "/reject", new { reason = "x" }),
            await intruder.Api.GetAsync(url + "/export?format=json"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        await Problems.AssertAsync(await intruder.Api.PostAsJsonAsync("/api/v1/privacy/requests",
            new { customerId = customer, type = "erasure", channel = "email", requestedOn = PrivacyApi.Today(app) }), HttpStatusCode.UnprocessableEntity, "customerId");
        Assert.Equal(0, (await PrivacyApi.GetAsync(intruder.Api, "/api/v1/privacy/requests")).GetProperty("total").GetInt32());
        Assert.Equal("open", (await PrivacyApi.GetAsync(owner.Api, url)).GetProperty("status").GetString());
        Assert.Equal("Gülşen Acar", (await new CustomerApi(owner.Id, owner.Api).GetJsonAsync($"/api/v1/customers/{customer}")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Only_owners_and_managers_handle_requests_and_see_the_panel_on_the_customer_page()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await NewCustomerAsync(tenant);
        var manager = await tenant.LoginAsync(Roles.Manager);

        var created = await manager.PostAsJsonAsync("/api/v1/privacy/requests", new { customerId = customer, type = "export", channel = "phone", requestedOn = PrivacyApi.Today(app) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("data-testid=\"privacy-panel\"", await manager.GetStringAsync($"/customers/{customer}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/privacy/requests")).StatusCode);

        foreach (var role in new[] { Roles.Sales, Roles.Agent, Roles.Clerk, Roles.Technician, Roles.Marketer })
        {
            var client = await tenant.LoginAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/privacy/requests")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/privacy/requests",
                new { customerId = customer, type = "erasure", channel = "phone", requestedOn = PrivacyApi.Today(app) })).StatusCode);
            if (RolePermissions.RoleHas(role, Permissions.CustomersRead))
            {
                var page = await client.GetStringAsync($"/customers/{customer}");
                Assert.Contains("data-testid=\"customer-name\"", page, StringComparison.Ordinal);
                Assert.DoesNotContain("privacy-panel", page, StringComparison.Ordinal);
            }
        }

        Assert.Equal(1, (await PrivacyApi.GetAsync(tenant.Api, "/api/v1/privacy/requests")).GetProperty("total").GetInt32());
    }

    private static async Task<Guid> NewCustomerAsync(TestTenant tenant) =>
        await new CustomerApi(tenant.Id, tenant.Api).CreateIdAsync(new { firstName = "Gülşen", lastName = "Acar", phone = "0533 " + Random.Shared.Next(100, 999) + " 11 22" });
}

public sealed class PrivacyRequestTests_Sqlite(SqliteApp app) : PrivacyRequestTests(app), IClassFixture<SqliteApp>;

public sealed class PrivacyRequestTests_Postgres(PostgresApp app) : PrivacyRequestTests(app), IClassFixture<PostgresApp>;
