using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Ledger;

/// <summary>The minimum interval between reminders is the business's setting: 7 days until an owner or manager changes it.</summary>
public abstract class CreditSettingsTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_shorter_interval_set_by_a_manager_lets_the_next_reminder_go_sooner_and_a_longer_one_holds_it_back()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CreditBookApi.CustomerAsync(tenant, "Mehmet", "0532 710 11 22", "male");
        await CreditBookApi.PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 80m });
        using (var defaults = await CreditBookApi.JsonAsync(await tenant.Api.GetAsync("/api/v1/credit-book/settings"), HttpStatusCode.OK))
        {
            Assert.Equal(7, defaults.RootElement.GetProperty("reminderIntervalDays").GetInt32());
        }

        var manager = await tenant.LoginAsync(Roles.Manager);
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync("/api/v1/credit-book/settings", new { reminderIntervalDays = 3 })).StatusCode);
        var url = $"/api/v1/credit-book/customers/{customer}/reminders";
        Assert.Equal(HttpStatusCode.Created, (await tenant.Api.PostAsJsonAsync(url, new { channel = "sms" })).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        using (var tooSoon = await CreditBookApi.JsonAsync(await tenant.Api.PostAsJsonAsync(url, new { channel = "sms" }), HttpStatusCode.Conflict))
        {
            Assert.Contains("3 gün", tooSoon.RootElement.GetProperty("errors").GetProperty("reminder")[0].GetString());
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Created, (await tenant.Api.PostAsJsonAsync(url, new { channel = "sms" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await tenant.Api.PutAsJsonAsync("/api/v1/credit-book/settings", new { reminderIntervalDays = 10 })).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(9));
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.Api.PostAsJsonAsync(url, new { channel = "sms" })).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Created, (await tenant.Api.PostAsJsonAsync(url, new { channel = "sms" })).StatusCode);
    }

    [Fact]
    public async Task An_interval_outside_one_to_ninety_days_names_the_field_and_a_clerk_cannot_change_it()
    {
        var tenant = await app.CreateTenantAsync();

        foreach (var days in new int?[] { 0, 91, null })
        {
            using var problem = await CreditBookApi.JsonAsync(
                await tenant.Api.PutAsJsonAsync("/api/v1/credit-book/settings", new { reminderIntervalDays = days }), HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("reminderIntervalDays", out _), problem.RootElement.ToString());
        }

        var clerk = await tenant.LoginAsync(Roles.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PutAsJsonAsync("/api/v1/credit-book/settings", new { reminderIntervalDays = 1 })).StatusCode);
        using var unchanged = await CreditBookApi.JsonAsync(await clerk.GetAsync("/api/v1/credit-book/settings"), HttpStatusCode.OK);
        Assert.Equal(7, unchanged.RootElement.GetProperty("reminderIntervalDays").GetInt32());
    }
}

public sealed class CreditSettingsTests_Sqlite(SqliteApp app) : CreditSettingsTests(app), IClassFixture<SqliteApp>;

public sealed class CreditSettingsTests_Postgres(PostgresApp app) : CreditSettingsTests(app), IClassFixture<PostgresApp>;
