using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.ConsentTests;

/// <summary>C7 / İYS: what must be reported within 3 working days, the registry's file layout, marking as sent.</summary>
public abstract class IysReportTests(MuhtarAppFactory app)
{
    private const string Pending = "/api/v1/consent/iys/pending";

    [Fact]
    public async Task The_deadline_skips_the_weekend_and_a_public_holiday_and_turns_overdue_after_the_third_working_day()
    {
        // A Thursday 28 October (2027, 2032…), 10:30 in Istanbul. Friday 29 October is Cumhuriyet Bayramı, then a
        // weekend: working days are Mon 1, Tue 2 and Wed 3 November, so the report is due by the end of 3 November.
        var year = app.Clock.GetUtcNow().Year;
        while (new DateOnly(year, 10, 29).DayOfWeek != DayOfWeek.Friday || new DateTimeOffset(year, 10, 28, 7, 30, 0, TimeSpan.Zero) < app.Clock.GetUtcNow())
        {
            year++;
        }

        var decidedAt = new DateTimeOffset(year, 10, 28, 7, 30, 0, TimeSpan.Zero);
        MoveClockTo(decidedAt.AddHours(1));
        var c = await ConsentApi.NewAsync(app);
        await c.RecordAsync("sms", "approved", decidedAt);

        var item = await SinglePendingAsync(c);
        Assert.Equal($"{year}-11-03", item.GetProperty("lastDay").GetString());
        Assert.Equal(new DateTimeOffset(year, 11, 3, 21, 0, 0, TimeSpan.Zero), item.GetProperty("dueBy").GetDateTimeOffset());
        Assert.False(item.GetProperty("overdue").GetBoolean());

        MoveClockTo(new DateTimeOffset(year, 11, 3, 20, 59, 59, TimeSpan.Zero)); // 23:59:59 in Istanbul
        Assert.False((await SinglePendingAsync(c)).GetProperty("overdue").GetBoolean());
        MoveClockTo(new DateTimeOffset(year, 11, 3, 21, 0, 0, TimeSpan.Zero));
        Assert.True((await SinglePendingAsync(c)).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task The_export_uses_the_registry_field_layout_in_csv_and_json()
    {
        var decidedAt = app.Clock.GetUtcNow().AddDays(-1);
        var local = decidedAt.ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var person = await ConsentApi.NewAsync(app);
        await person.RecordAsync("sms", "approved", decidedAt, "shop", "Kasada imzalı form");

        var csv = await person.Client.GetAsync("/api/v1/consent/iys/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "recipient,recipientType,type,status,source,consentDate\r\n" + $"+905321112233,BIREYSEL,MESAJ,ONAY,HS_FIZIKSEL_ORTAM,{local}\r\n",
            await csv.Content.ReadAsStringAsync());

        var json = await person.Client.GetFromJsonAsync<JsonElement>("/api/v1/consent/iys/export?format=json");
        var row = Assert.Single(json.EnumerateArray().ToList());
        Assert.Equal(
            ["recipient", "recipientType", "type", "status", "source", "consentDate"],
            row.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("+905321112233", row.GetProperty("recipient").GetString());
        Assert.Equal(local, row.GetProperty("consentDate").GetString());

        // A company is TACIR; e-mail is EPOSTA; a wet signature is HS_ISLAK_IMZA; a refusal is RET.
        var company = await person.Api.CreateIdAsync(new { kind = "company", companyName = "Acar Ltd", email = "bilgi@acar.example" });
        var companyConsents = new ConsentApi(app, person.Api, company);
        await companyConsents.RecordAsync("email", "approved", decidedAt.AddMinutes(1), "wetSignature");
        await companyConsents.RecordAsync("email", "refused", decidedAt.AddMinutes(2), "webForm");
        var lines = (await person.Client.GetStringAsync("/api/v1/consent/iys/export?format=csv")).Split("\r\n");
        Assert.Contains(lines, l => l.StartsWith("bilgi@acar.example,TACIR,EPOSTA,ONAY,HS_ISLAK_IMZA,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bilgi@acar.example,TACIR,EPOSTA,RET,HS_WEB,", StringComparison.Ordinal));

        await Problems.AssertAsync(await person.Client.GetAsync("/api/v1/consent/iys/export?format=xml"), HttpStatusCode.UnprocessableEntity, "format");
    }

    [Fact]
    public async Task Marking_lines_as_sent_removes_them_from_the_pending_list_and_only_for_this_business()
    {
        var c = await ConsentApi.NewAsync(app);
        var now = app.Clock.GetUtcNow();
        await c.RecordAsync("sms", "approved", now.AddHours(-2));
        await c.RecordAsync("call", "refused", now.AddHours(-1));
        var pending = await PendingAsync(c.Client);
        Assert.Equal(2, pending.Count);
        var ids = pending.Select(p => p.GetProperty("id").GetGuid()).ToList();

        var intruder = await CustomerApi.NewTenantAsync(app);
        var foreign = await Problems.JsonAsync(await intruder.Client.PostAsJsonAsync("/api/v1/consent/iys/reported", new { ids }));
        Assert.Equal(0, foreign.GetProperty("marked").GetInt32());
        Assert.Equal(2, (await PendingAsync(c.Client)).Count);

        var marked = await Problems.JsonAsync(await c.Client.PostAsJsonAsync("/api/v1/consent/iys/reported", new { ids = ids.Take(1) }));
        Assert.Equal(1, marked.GetProperty("marked").GetInt32());
        Assert.Equal(ids[1], Assert.Single(await PendingAsync(c.Client)).GetProperty("id").GetGuid());

        var again = await Problems.JsonAsync(await c.Client.PostAsJsonAsync("/api/v1/consent/iys/reported", new { ids }));
        Assert.Equal(1, again.GetProperty("marked").GetInt32());
        Assert.Empty(await PendingAsync(c.Client));
        Assert.Empty(((await c.Client.GetStringAsync("/api/v1/consent/iys/export?format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)).Skip(1));
        // The ledger itself is untouched by reporting.
        Assert.Equal(2, (await c.HistoryAsync()).Count);
        await Problems.AssertAsync(await c.Client.PostAsJsonAsync("/api/v1/consent/iys/reported", new { ids = Array.Empty<Guid>() }), HttpStatusCode.UnprocessableEntity, "ids");
    }

    [Fact]
    public async Task The_export_covers_only_lines_recorded_up_to_the_given_moment()
    {
        var c = await ConsentApi.NewAsync(app);
        await c.RecordAsync("sms", "approved", app.Clock.GetUtcNow().AddMinutes(-1));
        var pinned = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await c.RecordAsync("email", "approved", app.Clock.GetUtcNow().AddMinutes(-1));

        var until = Uri.EscapeDataString(pinned.ToString("O"));
        var lines = (await c.Client.GetStringAsync($"/api/v1/consent/iys/export?format=csv&recordedUntil={until}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",MESAJ,", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, (await PendingAsync(c.Client)).Count);
    }

    private void MoveClockTo(DateTimeOffset at)
    {
        if (at > app.Clock.GetUtcNow())
        {
            app.Clock.SetUtcNow(at);
        }
    }

    private static async Task<List<JsonElement>> PendingAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(Pending)).GetProperty("items").EnumerateArray().ToList();

    private static async Task<JsonElement> SinglePendingAsync(ConsentApi c) => Assert.Single(await PendingAsync(c.Client));
}

public sealed class IysReportTests_Sqlite(SqliteApp app) : IysReportTests(app), IClassFixture<SqliteApp>;

public sealed class IysReportTests_Postgres(PostgresApp app) : IysReportTests(app), IClassFixture<PostgresApp>;
