using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.WorkOrders;

/// <summary>Preference notes (L3): marking a product arrived messages the customers whose notes or tags mention it, once each.</summary>
public abstract class ArrivalTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Marking_a_product_arrived_finds_notes_and_tags_the_Turkish_way_and_messages_each_customer_once()
    {
        var tenant = await app.CreateTenantAsync("Bakkal Huseyin");
        var note = await CustomerAsync(tenant, "Ayşe", "0541 100 00 01", note: "İNEK X SÜTÜ ALIR, yağlı", consent: true);
        var tag = await CustomerAsync(tenant, "İsmail", "0541 100 00 02", tag: "x Süt", consent: true);
        var noConsent = await CustomerAsync(tenant, "Can", "0541 100 00 03", note: "x süt", consent: false);
        await CustomerAsync(tenant, "Deniz", "0541 100 00 04", note: "Y süt alır", consent: true);
        var archived = await CustomerAsync(tenant, "Ece", "0541 100 00 05", note: "X süt", consent: true);
        Assert.Equal(HttpStatusCode.OK, (await tenant.Api.PostAsync($"/api/v1/customers/{archived}/archive", null)).StatusCode);

        using var matches = await WorkOrderKit.JsonAsync(await tenant.Api.GetAsync("/api/v1/arrivals/matches?term=X%20S%C3%9CT"), HttpStatusCode.OK);
        var found = matches.RootElement.GetProperty("customers").EnumerateArray().ToList();
        Assert.Equal([note, tag, noConsent], found.Select(c => c.GetProperty("customerId").GetGuid()).Order());
        Assert.Contains(found, c => c.GetProperty("matchedOn").GetString() == "#x Süt");

        using var first = await AnnounceAsync(tenant, "X süt");
        Assert.Equal(3, first.RootElement.GetProperty("matched").GetInt32());
        Assert.Equal(2, first.RootElement.GetProperty("queued").GetInt32());
        Assert.Equal(1, first.RootElement.GetProperty("blocked").GetInt32());

        using var again = await AnnounceAsync(tenant, "x SÜT");
        Assert.Equal(first.RootElement.GetProperty("id").GetGuid(), again.RootElement.GetProperty("id").GetGuid());
        Assert.Equal(0, again.RootElement.GetProperty("queued").GetInt32());
        Assert.Equal(3, again.RootElement.GetProperty("alreadyQueued").GetInt32());

        var messages = await MessagesAsync(tenant);
        Assert.Equal(3, messages.Count);
        Assert.Equal([note, tag, noConsent], messages.Select(m => m.CustomerId).Order());
        Assert.Equal(MessageStatus.Blocked, Assert.Single(messages, m => m.CustomerId == noConsent).Status);
        var ayse = Assert.Single(messages, m => m.CustomerId == note);
        Assert.Equal("Sayın Ayşe Yılmaz, beklediğiniz X süt geldi. Bakkal Huseyin", ayse.Body);
        Assert.Equal(MessagePurpose.Commercial, ayse.Purpose);
        Assert.Equal($"arrival:{first.RootElement.GetProperty("id").GetGuid()}:customer:{note}", ayse.DedupeKey);
    }

    [Fact]
    public async Task Announcing_again_the_same_day_reaches_only_customers_noted_since_and_a_new_day_is_a_new_arrival()
    {
        var tenant = await app.CreateTenantAsync();
        await CustomerAsync(tenant, "Fatma", "0542 100 00 01", note: "Marka X süt", consent: true);
        using var first = await AnnounceAsync(tenant, "X süt");
        var later = await CustomerAsync(tenant, "Gül", "0542 100 00 02", note: "X süt ister", consent: true);

        using var sameDay = await AnnounceAsync(tenant, "X süt");
        Assert.Equal(1, sameDay.RootElement.GetProperty("queued").GetInt32());
        Assert.Equal(1, sameDay.RootElement.GetProperty("alreadyQueued").GetInt32());
        Assert.Equal(later, (await MessagesAsync(tenant)).Last().CustomerId);

        app.Clock.Advance(TimeSpan.FromDays(1));
        using var nextDay = await AnnounceAsync(tenant, "X süt");
        Assert.NotEqual(first.RootElement.GetProperty("id").GetGuid(), nextDay.RootElement.GetProperty("id").GetGuid());
        Assert.Equal(2, nextDay.RootElement.GetProperty("queued").GetInt32());
        Assert.Equal(4, (await MessagesAsync(tenant)).Count);
    }

    [Fact]
    public async Task A_blank_or_too_long_product_names_the_term_field()
    {
        var tenant = await app.CreateTenantAsync();

        await WorkOrderKit.AssertProblemAsync(await tenant.Api.PostAsJsonAsync("/api/v1/arrivals", new { term = "  " }), "term");
        await WorkOrderKit.AssertProblemAsync(await tenant.Api.PostAsJsonAsync("/api/v1/arrivals", new { term = "-" }), "term");
        await WorkOrderKit.AssertProblemAsync(await tenant.Api.PostAsJsonAsync("/api/v1/arrivals", new { term = new string('s', 101) }), "term");
        await WorkOrderKit.AssertProblemAsync(await tenant.Api.GetAsync("/api/v1/arrivals/matches"), "term");
    }

    [Fact]
    public async Task Another_business_customers_are_never_matched_or_messaged()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        await CustomerAsync(other, "Hakan", "0543 100 00 01", note: "X süt", consent: true);

        using var matches = await WorkOrderKit.JsonAsync(await tenant.Api.GetAsync("/api/v1/arrivals/matches?term=X%20s%C3%BCt"), HttpStatusCode.OK);
        using var announced = await AnnounceAsync(tenant, "X süt");

        Assert.Empty(matches.RootElement.GetProperty("customers").EnumerateArray());
        Assert.Equal(0, announced.RootElement.GetProperty("matched").GetInt32());
        Assert.Empty(await MessagesAsync(other));
    }

    [Fact]
    public async Task The_arrivals_page_lists_who_wanted_it_only_for_staff_who_may_send_messages()
    {
        var tenant = await app.CreateTenantAsync();
        var clerk = await tenant.LoginAsync("Clerk");
        var technician = await tenant.LoginAsync("Technician");

        Assert.Contains("data-testid=\"arrival-term\"", await clerk.GetStringAsync("/arrivals"), StringComparison.Ordinal);
        var refused = await technician.GetAsync("/arrivals");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.DoesNotContain("arrival-term", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> AnnounceAsync(TestTenant tenant, string term) =>
        await WorkOrderKit.JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/arrivals", new { term }), HttpStatusCode.OK);

    private static async Task<Guid> CustomerAsync(TestTenant tenant, string firstName, string phone, string? note = null, string? tag = null, bool consent = false)
    {
        using var created = await WorkOrderKit.JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/customers",
            new { kind = "person", firstName, lastName = "Yılmaz", phone }), HttpStatusCode.Created);
        var id = created.RootElement.GetProperty("id").GetGuid();
        if (note is not null)
        {
            Assert.Equal(HttpStatusCode.Created, (await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = note })).StatusCode);
        }

        if (tag is not null)
        {
            Assert.Equal(HttpStatusCode.OK, (await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{id}/tags", new { tag })).StatusCode);
        }

        if (consent)
        {
            var response = await tenant.Api.PostAsJsonAsync($"/api/v1/customers/{id}/consents", new { channel = "sms", status = "approved", source = "shop", evidence = "form" });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        return id;
    }

    private async Task<IReadOnlyList<OutboxMessage>> MessagesAsync(TestTenant tenant)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.TenantId == tenant.Id && m.DedupeKey.StartsWith("arrival:")).OrderBy(m => m.Id).ToListAsync();
    }
}

public sealed class ArrivalTests_Sqlite(SqliteApp app) : ArrivalTests(app), IClassFixture<SqliteApp>;

public sealed class ArrivalTests_Postgres(PostgresApp app) : ArrivalTests(app), IClassFixture<PostgresApp>;
