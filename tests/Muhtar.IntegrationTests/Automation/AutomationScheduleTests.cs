using System.Globalization;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.AutomationTests;

/// <summary>
/// Date and schedule rules against the fake clock, in the business's time zone (Europe/Istanbul, UTC+3 all
/// year): each (rule, customer, occurrence) fires once, at the right instant, stored in UTC.
/// </summary>
public abstract class AutomationScheduleTests(MuhtarAppFactory app)
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    /// <summary>Istanbul's calendar day of the clock's instant plus <paramref name="days"/>.</summary>
    private DateOnly IstanbulDay(int days) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, Istanbul)).AddDays(days);

    private void SetClock(DateOnly day, int hour, int minute) =>
        app.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero));

    [Fact]
    public async Task A_birthday_rule_at_10_Istanbul_fires_at_07_UTC_on_the_day_and_a_day_later_fires_only_that_days_birthdays()
    {
        var a = await AutomationApi.NewAsync(app);
        var first = IstanbulDay(3);
        var second = first.AddDays(1);
        var ayse = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Ayşe", lastName = "Gün", birthDate = Birth(first, 1990) });
        var mehmet = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Mehmet", lastName = "Gün", birthDate = Birth(second, 1985) });
        var later = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Selin", lastName = "Gün", birthDate = Birth(second.AddDays(1), 2000) });
        var ruleId = await a.CreateRuleIdAsync(new
        {
            name = "Doğum günü",
            trigger = new { kind = "date", dateField = "birthDate", time = "10:00" },
            actions = new[] { new { kind = "addTag", tag = "Doğum günü kutlandı" } },
        });

        SetClock(first, 6, 59);
        await a.ScanAsync();
        Assert.Empty(await a.RunsAsync(ruleId));

        SetClock(first, 7, 0);
        await a.ScanAsync();
        await a.ScanAsync();
        var run = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal(ayse, run.GetProperty("customerId").GetGuid());
        Assert.Equal(first.ToDateTime(new TimeOnly(7, 0)), run.GetProperty("startedAt").GetDateTime().ToUniversalTime());
        Assert.Contains("Doğum günü kutlandı", await a.TagsAsync(ayse));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await a.ScanAsync();
        var runs = await a.RunsAsync(ruleId);
        Assert.Equal(2, runs.Count);
        Assert.Equal([ayse, mehmet], runs.Select(r => r.GetProperty("customerId").GetGuid()).OrderBy(g => g == mehmet));
        Assert.DoesNotContain("Doğum günü kutlandı", await a.TagsAsync(later));
    }

    [Fact]
    public async Task A_date_rule_fires_N_days_before_a_custom_date_field()
    {
        var a = await AutomationApi.NewAsync(app);
        var field = await a.Client.PostAsync("/api/v1/custom-fields", System.Net.Http.Json.JsonContent.Create(new { key = "sozlesme_bitis", label = "Sözleşme bitişi", type = "date" }));
        Assert.True(field.IsSuccessStatusCode, await field.Content.ReadAsStringAsync());
        var ends = IstanbulDay(10);
        var id = await a.Customers.CreateIdAsync(new
        {
            kind = "company",
            companyName = "Kaya Ltd",
            customFields = new Dictionary<string, string> { ["sozlesme_bitis"] = ends.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        });
        var ruleId = await a.CreateRuleIdAsync(new
        {
            name = "Sözleşme bitiyor",
            trigger = new { kind = "date", dateField = "cf.sozlesme_bitis", offsetDays = -7, time = "09:30" },
            actions = new[] { new { kind = "createTask", title = "Sözleşmeyi yenileyin", assigneeRole = "Sales" } },
        });

        SetClock(ends.AddDays(-7), 6, 29);
        await a.ScanAsync();
        Assert.Empty(await a.RunsAsync(ruleId));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await a.ScanAsync();
        var run = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal(id, run.GetProperty("customerId").GetGuid());
        Assert.Equal("completed", run.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cron_schedule_runs_in_Istanbul_time_for_the_customers_its_conditions_pick_once_per_tick()
    {
        var a = await AutomationApi.NewAsync(app);
        var wholesale = await a.Customers.CreateIdAsync(new { kind = "company", companyName = "Toptancı AŞ", tags = new[] { "Toptan" } });
        await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Perakende", lastName = "Müşteri" });
        var ruleId = await a.CreateRuleIdAsync(new
        {
            name = "Pazartesi araması",
            trigger = new { kind = "schedule", cron = "0 9 * * 1" },
            conditions = new[] { new { source = "customer", field = "tags", @operator = "equals", value = "TOPTAN" } },
            actions = new[] { new { kind = "createTask", title = "Haftalık sipariş", assigneeRole = "Sales" } },
        });

        var monday = IstanbulDay(1);
        while (monday.DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(1);
        }

        SetClock(monday, 5, 59);
        await a.ScanAsync();
        Assert.Empty(await a.RunsAsync(ruleId));

        SetClock(monday, 6, 0);
        await a.ScanAsync();
        await a.ScanAsync();
        var run = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal(wholesale, run.GetProperty("customerId").GetGuid());
        Assert.Equal(monday.ToDateTime(new TimeOnly(6, 0)), run.GetProperty("startedAt").GetDateTime().ToUniversalTime());

        app.Clock.Advance(TimeSpan.FromDays(6));
        await a.ScanAsync();
        Assert.Single(await a.RunsAsync(ruleId));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await a.ScanAsync();
        Assert.Equal(2, (await a.RunsAsync(ruleId)).Count);
    }

    private static string Birth(DateOnly day, int year) => new DateOnly(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)))
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class AutomationScheduleTests_Sqlite(SqliteApp app) : AutomationScheduleTests(app), IClassFixture<SqliteApp>;

public sealed class AutomationScheduleTests_Postgres(PostgresApp app) : AutomationScheduleTests(app), IClassFixture<PostgresApp>;
