using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.ConsentTests;

/// <summary>C7: the append-only consent ledger over the API; which decision counts per channel.</summary>
public abstract class ConsentLedgerTests(MuhtarAppFactory app)
{
    private DateTimeOffset Now => app.Clock.GetUtcNow();

    [Fact]
    public async Task The_latest_decision_per_channel_counts_and_other_channels_stay_undecided()
    {
        var c = await ConsentApi.NewAsync(app);
        await c.RecordAsync("sms", "approved", Now.AddDays(-3));
        Assert.Equal("approved", await c.CurrentAsync("sms"));
        await c.RecordAsync("sms", "RET", Now.AddDays(-2), "reply", "İPTAL yanıtı");
        Assert.Equal("refused", await c.CurrentAsync("sms"));
        await c.RecordAsync("sms", "ONAY", Now.AddDays(-1), "wetSignature", "Form no 42");

        var body = await c.GetAsync();
        var sms = body.GetProperty("current").EnumerateArray().Single(x => x.GetProperty("channel").GetString() == "sms");
        Assert.Equal("approved", sms.GetProperty("status").GetString());
        Assert.Equal("wetSignature", sms.GetProperty("source").GetString());
        Assert.Equal(Now.AddDays(-1), sms.GetProperty("decidedAt").GetDateTimeOffset());
        Assert.Null(await c.CurrentAsync("email"));
        Assert.Null(await c.CurrentAsync("call"));
        Assert.Null(await c.CurrentAsync("whatsapp"));
    }

    [Fact]
    public async Task A_refusal_beats_an_older_approval_even_when_the_approval_is_entered_later()
    {
        var c = await ConsentApi.NewAsync(app);
        await c.RecordAsync("email", "approved", Now.AddHours(-5));
        await c.RecordAsync("email", "refused", Now.AddHours(-2));
        // A paper form signed before the refusal is typed in afterwards: it must not switch e-mails back on.
        await c.RecordAsync("email", "approved", Now.AddHours(-3), "wetSignature");

        Assert.Equal("refused", await c.CurrentAsync("email"));
        Assert.Equal(3, (await c.HistoryAsync()).Count);
    }

    [Fact]
    public async Task A_refusal_wins_over_an_approval_at_the_same_instant_in_either_order()
    {
        var c = await ConsentApi.NewAsync(app);
        var at = Now.AddMinutes(-10);
        var response = await c.PostAsync(new
        {
            decisions = new object[]
            {
                new { channel = "call", status = "refused", decidedAt = at },
                new { channel = "call", status = "approved", decidedAt = at },
                new { channel = "whatsapp", status = "approved", decidedAt = at },
                new { channel = "whatsapp", status = "refused", decidedAt = at },
            },
        });

        var body = await Problems.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(4, body.GetProperty("history").GetArrayLength());
        Assert.Equal("refused", await c.CurrentAsync("call"));
        Assert.Equal("refused", await c.CurrentAsync("whatsapp"));
    }

    [Fact]
    public async Task The_ledger_only_grows_earlier_lines_never_change()
    {
        var c = await ConsentApi.NewAsync(app);
        await c.RecordAsync("sms", "approved", Now.AddDays(-4), evidence: "Kasa formu");
        var first = (await c.HistoryAsync()).Single().GetRawText();
        await c.RecordAsync("sms", "refused", Now.AddDays(-3));
        await c.RecordAsync("sms", "approved", Now.AddDays(-2));

        var history = await c.HistoryAsync();
        Assert.Equal(3, history.Count);
        Assert.Equal(first, history[^1].GetRawText());
        var line = history[0];
        Assert.Equal(Now, line.GetProperty("recordedAt").GetDateTimeOffset());
        Assert.Equal("apikey:tests", line.GetProperty("enteredBy").GetString());
    }

    [Fact]
    public async Task Bad_decisions_are_refused_with_a_problem_naming_the_field_and_nothing_is_recorded()
    {
        var c = await ConsentApi.NewAsync(app);
        await Problems.AssertAsync(await c.PostAsync(new { channel = "fax", status = "approved" }), HttpStatusCode.UnprocessableEntity, "channel");
        await Problems.AssertAsync(await c.PostAsync(new { channel = "sms", status = "maybe" }), HttpStatusCode.UnprocessableEntity, "status");
        await Problems.AssertAsync(await c.PostAsync(new { channel = "sms", status = "approved", source = "pigeon" }), HttpStatusCode.UnprocessableEntity, "source");
        await Problems.AssertAsync(
            await c.PostAsync(new { channel = "sms", status = "approved", decidedAt = Now.AddHours(1) }), HttpStatusCode.UnprocessableEntity, "decidedAt");
        await Problems.AssertAsync(
            await c.PostAsync(new { channel = "sms", status = "approved", evidence = new string('x', 2001) }), HttpStatusCode.UnprocessableEntity, "evidence");
        await Problems.AssertAsync(
            await c.PostAsync(new
            {
                decisions = new object[] { new { channel = "sms", status = "approved" }, new { channel = "sms", status = "approved", decidedAt = Now.AddDays(2) } },
            }),
            HttpStatusCode.UnprocessableEntity,
            "decisions[1].decidedAt");

        // A small clock skew is tolerated.
        await c.RecordAsync("sms", "approved", Now.AddMinutes(2));
        Assert.Single(await c.HistoryAsync());
    }

    [Fact]
    public async Task A_channel_needs_the_address_it_is_about()
    {
        var c = await ConsentApi.NewAsync(app, new { kind = "person", firstName = "Telefonsuz", email = "t@example.com" });
        await Problems.AssertAsync(await c.PostAsync(new { channel = "sms", status = "approved" }), HttpStatusCode.UnprocessableEntity, "channel");
        await c.RecordAsync("email", "approved", Now.AddMinutes(-1));
        Assert.Equal("approved", await c.CurrentAsync("email"));
    }

    [Fact]
    public async Task Another_business_gets_404_and_changes_nothing()
    {
        var c = await ConsentApi.NewAsync(app);
        await c.RecordAsync("sms", "approved", Now.AddDays(-1), evidence: "GizliKanıt");
        var intruder = await CustomerApi.NewTenantAsync(app);

        var get = await intruder.Client.GetAsync(c.Url);
        var post = await intruder.Client.PostAsJsonAsync(c.Url, new { channel = "sms", status = "refused" });
        var timeline = await intruder.Client.GetAsync($"/api/v1/customers/{c.CustomerId}/timeline");

        await Problems.AssertAsync(get, HttpStatusCode.NotFound);
        await Problems.AssertAsync(post, HttpStatusCode.NotFound);
        await Problems.AssertAsync(timeline, HttpStatusCode.NotFound);
        Assert.DoesNotContain("GizliKanıt", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("approved", await c.CurrentAsync("sms"));
        Assert.Single(await c.HistoryAsync());
    }

    [Fact]
    public async Task Counter_staff_record_consents_marketers_only_read_them_technicians_see_none()
    {
        var tenant = await app.CreateTenantAsync();
        var id = await new CustomerApi(tenant.Id, tenant.Api).CreateIdAsync(new { kind = "person", firstName = "Ali", phone = "05329998877" });
        var url = $"/api/v1/customers/{id}/consents";
        var body = new { channel = "sms", status = "approved", source = "shop" };

        var clerk = await tenant.LoginAsync(Roles.Clerk);
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync(url, body)).StatusCode);
        var marketer = await tenant.LoginAsync(Roles.Marketer);
        Assert.Equal(HttpStatusCode.OK, (await marketer.GetAsync(url)).StatusCode);
        await Problems.AssertAsync(await marketer.PostAsJsonAsync(url, body), HttpStatusCode.Forbidden);
        var technician = await tenant.LoginAsync(Roles.Technician);
        await Problems.AssertAsync(await technician.GetAsync(url), HttpStatusCode.Forbidden);

        var history = (await Problems.JsonAsync(await tenant.Api.GetAsync(url))).GetProperty("history").EnumerateArray().ToList();
        Assert.StartsWith("clerk-", Assert.Single(history).GetProperty("enteredBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_idempotency_key_records_once()
    {
        var c = await ConsentApi.NewAsync(app);
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, c.Url)
            {
                Content = JsonContent.Create(new { channel = "sms", status = "approved", decidedAt = Now.AddMinutes(-5) }),
            };
            request.Headers.Add("Idempotency-Key", "consent-retry-1");
            Assert.Equal(HttpStatusCode.Created, (await c.Client.SendAsync(request)).StatusCode);
        }

        Assert.Single(await c.HistoryAsync());
    }
}

public sealed class ConsentLedgerTests_Sqlite(SqliteApp app) : ConsentLedgerTests(app), IClassFixture<SqliteApp>;

public sealed class ConsentLedgerTests_Postgres(PostgresApp app) : ConsentLedgerTests(app), IClassFixture<PostgresApp>;
