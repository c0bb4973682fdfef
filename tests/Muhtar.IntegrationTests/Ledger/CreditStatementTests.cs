using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Ledger;

/// <summary>Month-end statements: opening balance, the month's entries with a running balance, closing balance; sent once per month.</summary>
public abstract class CreditStatementTests(MuhtarAppFactory app)
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    [Fact]
    public async Task A_statement_carries_the_previous_months_debt_and_a_running_balance_in_istanbul_months()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CreditBookApi.CustomerAsync(tenant, "Ahmet", "0532 700 11 22", "male");
        await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 100m });
        var earlier = Month(app.Clock.GetUtcNow().UtcDateTime);

        // 00:30 on the 1st in Istanbul is still the previous day in UTC: it belongs to the new month.
        var (month, start) = NextMonth(earlier);
        AdvanceTo(start.AddMinutes(30));
        await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 50m, note = "Tüp" });
        AdvanceTo(start.AddDays(3));
        await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind = "payment", amount = 30m });
        var mistake = await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 20m });
        await tenant.Api.PostAsync($"/api/v1/credit-book/entries/{mistake.GetProperty("entry").GetProperty("id").GetGuid()}/reverse", null);
        var (_, after) = NextMonth(month);
        AdvanceTo(after.AddDays(1));
        await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 999m });

        using var statement = await CreditBookApi.JsonAsync(
            await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customer}/statement?month={month}"), HttpStatusCode.OK);
        var root = statement.RootElement;
        Assert.Equal(100m, root.GetProperty("openingBalance").GetDecimal());
        var lines = root.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["charge", "payment", "charge", "reversal"], lines.Select(l => l.GetProperty("entry").GetProperty("kind").GetString()));
        Assert.Equal([150m, 120m, 140m, 120m], lines.Select(l => l.GetProperty("balance").GetDecimal()));
        Assert.Equal(120m, root.GetProperty("closingBalance").GetDecimal());

        using var first = await CreditBookApi.JsonAsync(
            await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customer}/statement?month={earlier}"), HttpStatusCode.OK);
        Assert.Equal(0m, first.RootElement.GetProperty("openingBalance").GetDecimal());
        Assert.Equal(100m, first.RootElement.GetProperty("closingBalance").GetDecimal());

        await AssertMonthRefusedAsync(tenant, customer, "2026-13");
        await AssertMonthRefusedAsync(tenant, customer, NextMonth(NextMonth(month).Month).Month);
    }

    [Fact]
    public async Task Sending_a_statement_queues_one_transactional_message_with_the_closing_balance_and_a_second_tap_sends_nothing()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CreditBookApi.CustomerAsync(tenant, "Ayşe", "0532 700 33 44", "female");
        await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 1234.5m });
        var month = Month(app.Clock.GetUtcNow().UtcDateTime);
        var url = $"/api/v1/credit-book/customers/{customer}/statement/{month}/send";

        using var sent = await CreditBookApi.JsonAsync(await tenant.Api.PostAsJsonAsync(url, new { channel = "sms" }), HttpStatusCode.Created);
        using var again = await CreditBookApi.JsonAsync(await tenant.Api.PostAsJsonAsync(url, new { channel = "whatsapp" }), HttpStatusCode.OK);

        var body = sent.RootElement.GetProperty("body").GetString()!;
        Assert.StartsWith("Ayşe Hanım, ", body);
        Assert.Contains("1.234,50 TL", body);
        Assert.False(sent.RootElement.GetProperty("alreadySent").GetBoolean());
        Assert.True(again.RootElement.GetProperty("alreadySent").GetBoolean());
        Assert.Equal(sent.RootElement.GetProperty("messageId").GetGuid(), again.RootElement.GetProperty("messageId").GetGuid());
        using var messages = await CreditBookApi.JsonAsync(await tenant.Api.GetAsync($"/api/v1/messages?customerId={customer}"), HttpStatusCode.OK);
        var message = Assert.Single(messages.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("transactional", message.GetProperty("purpose").GetString());
        Assert.Equal("sms", message.GetProperty("channel").GetString());

        using var bad = await CreditBookApi.JsonAsync(
            await tenant.Api.PostAsJsonAsync($"/api/v1/credit-book/customers/{customer}/statement/11-2026/send", new { }), HttpStatusCode.UnprocessableEntity);
        Assert.True(bad.RootElement.GetProperty("errors").TryGetProperty("month", out _));
    }

    private static async Task AssertMonthRefusedAsync(TestTenant tenant, Guid customer, string month)
    {
        using var problem = await CreditBookApi.JsonAsync(
            await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customer}/statement?month={month}"), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("month", out _), problem.RootElement.ToString());
    }

    private static string Month(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Istanbul).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The month after <paramref name="month"/> and the UTC instant of its first local midnight.</summary>
    private static (string Month, DateTime StartUtc) NextMonth(string month)
    {
        var first = DateTime.ParseExact(month, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1);
        return (first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.ConvertTimeToUtc(first, Istanbul));
    }

    private void AdvanceTo(DateTime utc)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.True(utc > now, $"the fake clock only moves forward ({now:o} → {utc:o})");
        app.Clock.Advance(utc - now);
    }
}

public sealed class CreditStatementTests_Sqlite(SqliteApp app) : CreditStatementTests(app), IClassFixture<SqliteApp>;

public sealed class CreditStatementTests_Postgres(PostgresApp app) : CreditStatementTests(app), IClassFixture<PostgresApp>;
