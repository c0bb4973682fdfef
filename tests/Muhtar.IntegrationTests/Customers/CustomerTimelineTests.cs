using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.CustomerTests;

/// <summary>C5: one feed of notes, changes and consents, newest first, paged by an opaque cursor.</summary>
public abstract class CustomerTimelineTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Paging_through_notes_audit_and_consents_with_equal_times_never_repeats_or_skips_an_entry()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new { kind = "person", firstName = "Ayşe", lastName = "Demir", phone = "05321234567" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var now = app.Clock.GetUtcNow();
        // The test clock stands still: notes, changes and some consents all share one instant.
        for (var i = 0; i < 5; i++)
        {
            (await api.Client.PostAsJsonAsync($"/api/v1/customers/{id}/notes", new { text = $"Not {i}" })).EnsureSuccessStatusCode();
        }

        (await api.PatchAsync(id, """{ "firstName": "Ayşegül", "email": "ayse@example.com" }""")).EnsureSuccessStatusCode();
        (await api.Client.PostAsync($"/api/v1/customers/{id}/archive", null)).EnsureSuccessStatusCode();
        (await api.Client.PostAsync($"/api/v1/customers/{id}/unarchive", null)).EnsureSuccessStatusCode();
        (await api.Client.PostAsJsonAsync($"/api/v1/customers/{id}/consents", new
        {
            decisions = new object[]
            {
                new { channel = "sms", status = "approved", decidedAt = now.AddDays(-3) },
                new { channel = "sms", status = "refused", decidedAt = now },
                new { channel = "email", status = "approved", decidedAt = now },
                new { channel = "call", status = "approved", decidedAt = now.AddMinutes(-1) }, // the instant the record was created
            },
        })).EnsureSuccessStatusCode();

        var all = await ReadAsync(api.Client, $"/api/v1/customers/{id}/timeline?pageSize=100");
        Assert.Null(all.NextCursor);
        var expected = all.Items;
        Assert.Equal(expected.Count, expected.Select(e => e.Id).Distinct().Count());
        Assert.Equal(
            expected.OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal).Select(e => e.Id),
            expected.Select(e => e.Id));
        Assert.Equal(
            ["archived", "audit", "consent", "consent-refused", "created", "note", "unarchived"],
            expected.Select(e => e.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(5, expected.Count(e => e.Kind == "note"));
        Assert.Equal(4, expected.Count(e => e.Kind.StartsWith("consent", StringComparison.Ordinal)));
        // Decisions keep the time the person made them, even from before the record existed (a paper form).
        Assert.Equal(("consent", now.AddDays(-3)), (expected[^1].Kind, expected[^1].At));
        Assert.Equal(now.AddMinutes(-1), expected.Single(e => e.Kind == "created").At);

        foreach (var size in new[] { 1, 2, 3, 7 })
        {
            var paged = new List<Entry>();
            string? cursor = null;
            do
            {
                var page = await ReadAsync(api.Client, $"/api/v1/customers/{id}/timeline?pageSize={size}" + (cursor is null ? "" : "&cursor=" + cursor));
                Assert.True(page.Items.Count <= size);
                paged.AddRange(page.Items);
                cursor = page.NextCursor;
            }
            while (cursor is not null);

            Assert.Equal(expected.Select(e => e.Id), paged.Select(e => e.Id));
        }
    }

    [Fact]
    public async Task Changes_from_the_audit_trail_show_only_to_those_who_may_read_it()
    {
        var tenant = await app.CreateTenantAsync();
        var api = new CustomerApi(tenant.Id, tenant.Api);
        var id = await api.CreateIdAsync(new { kind = "person", firstName = "Can" });
        (await api.PatchAsync(id, """{ "lastName": "Öztürk" }""")).EnsureSuccessStatusCode();

        var owner = await ReadAsync(api.Client, $"/api/v1/customers/{id}/timeline");
        var change = Assert.Single(owner.Items, e => e.Kind == "audit");
        Assert.Equal("— → Öztürk", change.Detail);
        var clerk = await tenant.LoginAsync(Roles.Clerk);
        var seenByClerk = await ReadAsync(clerk, $"/api/v1/customers/{id}/timeline");
        Assert.DoesNotContain(seenByClerk.Items, e => e.Kind == "audit");
        Assert.Contains(seenByClerk.Items, e => e.Kind == "created");
    }

    [Fact]
    public async Task A_bad_cursor_or_page_size_is_a_problem_naming_it_and_another_business_gets_404()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new { kind = "person", firstName = "Deniz" });
        await Problems.AssertAsync(await api.Client.GetAsync($"/api/v1/customers/{id}/timeline?cursor=bozuk!"), HttpStatusCode.UnprocessableEntity, "cursor");
        await Problems.AssertAsync(await api.Client.GetAsync($"/api/v1/customers/{id}/timeline?pageSize=0"), HttpStatusCode.UnprocessableEntity, "pageSize");
        await Problems.AssertAsync(await api.Client.GetAsync($"/api/v1/customers/{id}/timeline?pageSize=101"), HttpStatusCode.UnprocessableEntity, "pageSize");

        var other = await CustomerApi.NewTenantAsync(app);
        await Problems.AssertAsync(await other.Client.GetAsync($"/api/v1/customers/{id}/timeline"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await api.Client.GetAsync($"/api/v1/customers/{Guid.NewGuid()}/timeline"), HttpStatusCode.NotFound);
    }

    private static async Task<Feed> ReadAsync(HttpClient client, string url)
    {
        var json = await Problems.JsonAsync(await client.GetAsync(url));
        return new Feed(
            json.GetProperty("items").EnumerateArray().Select(i => new Entry(
                i.GetProperty("id").GetString()!, i.GetProperty("at").GetDateTimeOffset(), i.GetProperty("kind").GetString()!,
                i.GetProperty("detail").ValueKind == JsonValueKind.String ? i.GetProperty("detail").GetString() : null)).ToList(),
            json.GetProperty("nextCursor").GetString());
    }

    private sealed record Entry(string Id, DateTimeOffset At, string Kind, string? Detail);

    private sealed record Feed(List<Entry> Items, string? NextCursor);
}

public sealed class CustomerTimelineTests_Sqlite(SqliteApp app) : CustomerTimelineTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerTimelineTests_Postgres(PostgresApp app) : CustomerTimelineTests(app), IClassFixture<PostgresApp>;
