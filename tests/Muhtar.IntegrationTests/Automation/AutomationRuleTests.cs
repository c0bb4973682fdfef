using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Automation.Tasks;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.AutomationTests;

/// <summary>Event rules end to end: API → published event → job worker → run log, exactly once.</summary>
public abstract class AutomationRuleTests(MuhtarAppFactory app)
{
    private static object VipWelcomeRule(string name = "VIP karşılama") => new
    {
        name,
        trigger = new { kind = "event", @event = "CustomerCreated" },
        // Lower-case "vip" against the customer's "VIP": tags compare Turkish-casing-insensitively.
        conditions = new[] { new { source = "customer", field = "tags", @operator = "equals", value = "vip" } },
        actions = new object[]
        {
            new { kind = "addTag", tag = "Hoş geldin" },
            new { kind = "createTask", title = "VIP müşteriyi arayın", assigneeRole = "Sales", dueInDays = 2 },
        },
    };

    [Fact]
    public async Task A_customer_created_with_tag_VIP_gets_the_tag_and_one_task_and_replaying_the_event_runs_nothing_again()
    {
        var a = await AutomationApi.NewAsync(app);
        var ruleId = await a.CreateRuleIdAsync(VipWelcomeRule());
        var vip = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Ayşe", lastName = "Kaya", tags = new[] { "VİP" } });
        var plain = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Ali", lastName = "Demir" });

        await a.DrainAsync();

        Assert.Contains("Hoş geldin", await a.TagsAsync(vip));
        Assert.DoesNotContain("Hoş geldin", await a.TagsAsync(plain));
        var runs = await a.RunsAsync(ruleId);
        Assert.Equal(2, runs.Count);
        var done = Assert.Single(runs, r => r.GetProperty("customerId").GetGuid() == vip);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(["done", "done"], done.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("outcome").GetString()));
        var skipped = Assert.Single(runs, r => r.GetProperty("customerId").GetGuid() == plain);
        Assert.Equal("skipped", skipped.GetProperty("status").GetString());
        Assert.Contains("vip", skipped.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await TaskCountAsync(a, vip));

        // At-least-once delivery: the same outbox rows come round again (a crash before completion).
        Assert.True(await a.ReplayEventsAsync(vip) > 0);
        await a.DrainAsync();

        Assert.Equal(2, (await a.RunsAsync(ruleId)).Count);
        Assert.Equal(1, await TaskCountAsync(a, vip));
        Assert.Single(await a.CustomerRunsAsync(vip));
    }

    [Fact]
    public async Task A_tag_added_rule_reads_the_event_payload_and_the_run_shows_on_the_customer_timeline()
    {
        var a = await AutomationApi.NewAsync(app);
        var ruleId = await a.CreateRuleIdAsync(new
        {
            name = "Sadık müşteri",
            trigger = new { kind = "event", @event = "CustomerTagAdded" },
            conditions = new[] { new { source = "event", field = "tag", @operator = "equals", value = "SADIK" } },
            actions = new object[] { new { kind = "setField", field = "email", value = "sadik@example.com" } },
        });
        var id = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Zeynep", lastName = "Ak" });
        var add = await a.Client.PostAsJsonAsync($"/api/v1/customers/{id}/tags", new { tag = "Sadık" });
        Assert.True(add.IsSuccessStatusCode, await add.Content.ReadAsStringAsync());
        await a.Client.PostAsJsonAsync($"/api/v1/customers/{id}/tags", new { tag = "Yeni" });

        await a.DrainAsync();

        var customer = await a.Customers.GetJsonAsync($"/api/v1/customers/{id}");
        Assert.Equal("sadik@example.com", customer.GetProperty("email").GetString());
        var runs = await a.RunsAsync(ruleId);
        Assert.Equal(["completed", "skipped"], runs.Select(r => r.GetProperty("status").GetString()).Order());
        var timeline = await a.Customers.GetJsonAsync($"/api/v1/customers/{id}/timeline");
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "automation");
    }

    [Fact]
    public async Task A_paused_rule_does_not_run_and_runs_again_after_resume()
    {
        var a = await AutomationApi.NewAsync(app);
        var ruleId = await a.CreateRuleIdAsync(VipWelcomeRule());
        var paused = await Problems.JsonAsync(await a.Client.PostAsync($"/api/v1/automation/rules/{ruleId}/pause", null));
        Assert.False(paused.GetProperty("enabled").GetBoolean());

        var whilePaused = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Can", lastName = "Er", tags = new[] { "VIP" } });
        await a.DrainAsync();
        Assert.Empty(await a.RunsAsync(ruleId));
        Assert.DoesNotContain("Hoş geldin", await a.TagsAsync(whilePaused));

        await Problems.JsonAsync(await a.Client.PostAsync($"/api/v1/automation/rules/{ruleId}/resume", null));
        var afterResume = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Cem", lastName = "Er", tags = new[] { "VIP" } });
        await a.DrainAsync();
        var run = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal(afterResume, run.GetProperty("customerId").GetGuid());
    }

    [Fact]
    public async Task Editing_a_rule_keeps_a_waiting_run_on_its_version_and_never_reruns_past_runs()
    {
        var a = await AutomationApi.NewAsync(app);
        var ruleId = await a.CreateRuleIdAsync(new
        {
            name = "İki adım",
            trigger = new { kind = "event", @event = "CustomerCreated" },
            actions = new object[]
            {
                new { kind = "addTag", tag = "Adım1" },
                new { kind = "wait", hours = 2 },
                new { kind = "addTag", tag = "Adım2" },
            },
        });
        var first = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Deniz", lastName = "Su" });
        await a.DrainAsync();

        var waiting = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal("waiting", waiting.GetProperty("status").GetString());
        Assert.Equal(["Adım1"], await a.TagsAsync(first));

        var edited = await a.Client.PutAsJsonAsync($"/api/v1/automation/rules/{ruleId}", new
        {
            name = "İki adım",
            trigger = new { kind = "event", @event = "CustomerCreated" },
            actions = new object[] { new { kind = "addTag", tag = "Yeni sürüm" } },
        });
        Assert.Equal(2, (await Problems.JsonAsync(edited)).GetProperty("version").GetInt32());

        app.Clock.Advance(TimeSpan.FromHours(1));
        await a.DrainAsync();
        Assert.Equal(["Adım1"], await a.TagsAsync(first));

        app.Clock.Advance(TimeSpan.FromHours(1));
        await a.DrainAsync();
        // The run went on with version 1 (Adım2), not the edited body; nothing re-ran.
        Assert.Equal(["Adım1", "Adım2"], (await a.TagsAsync(first)).Order());
        var run = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(1, run.GetProperty("version").GetInt32());
        Assert.Equal(["done", "done", "done"], run.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("outcome").GetString()));

        var second = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Ege", lastName = "Su" });
        await a.DrainAsync();
        Assert.Equal(["Yeni sürüm"], await a.TagsAsync(second));
        Assert.Equal(2, (await a.RunsAsync(ruleId)).Count);
    }

    [Fact]
    public async Task Bad_rules_are_refused_naming_the_field()
    {
        var a = await AutomationApi.NewAsync(app);
        var trigger = new { kind = "event", @event = "CustomerCreated" };
        await Problems.AssertAsync(
            await a.Client.PostAsJsonAsync("/api/v1/automation/rules", new { name = "x", trigger = new { kind = "schedule", cron = "her gün" }, actions = new[] { new { kind = "addTag", tag = "a" } } }),
            HttpStatusCode.UnprocessableEntity, "trigger.cron");
        await Problems.AssertAsync(
            await a.Client.PostAsJsonAsync("/api/v1/automation/rules", new { name = "x", trigger, actions = Array.Empty<object>() }),
            HttpStatusCode.UnprocessableEntity, "actions");
        await Problems.AssertAsync(
            await a.Client.PostAsJsonAsync("/api/v1/automation/rules", new { name = "x", trigger, actions = new[] { new { kind = "createTask", title = "Ara" } } }),
            HttpStatusCode.UnprocessableEntity, "actions[0].assigneeUserId");
        await Problems.AssertAsync(
            await a.Client.PostAsJsonAsync("/api/v1/automation/rules", new { name = "x", trigger, actions = new object[] { new { kind = "addTag", tag = "a" }, new { kind = "wait", hours = 0 } } }),
            HttpStatusCode.UnprocessableEntity, "actions[1].hours");
        await Problems.AssertAsync(
            await a.Client.PostAsJsonAsync("/api/v1/automation/rules", new { name = "", trigger, actions = new[] { new { kind = "addTag", tag = "a" } } }),
            HttpStatusCode.UnprocessableEntity, "name");
        await Problems.AssertAsync(
            await a.Client.PostAsJsonAsync("/api/v1/automation/rules", new
            {
                name = "x",
                trigger = new { kind = "date", dateField = "birthDate", time = "25:00" },
                actions = new[] { new { kind = "addTag", tag = "a" } },
            }),
            HttpStatusCode.UnprocessableEntity, "trigger.time");
    }

    [Fact]
    public async Task A_clerk_cannot_manage_rules_and_another_business_cannot_see_them()
    {
        var tenant = await app.CreateTenantAsync();
        var a = new AutomationApi(app, new CustomerTests.Support.CustomerApi(tenant.Id, tenant.Api));
        var ruleId = await a.CreateRuleIdAsync(VipWelcomeRule("Gizli kural"));

        var clerk = await tenant.LoginAsync(Roles.Clerk);
        await Problems.AssertAsync(await clerk.GetAsync("/api/v1/automation/rules"), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await clerk.PostAsJsonAsync("/api/v1/automation/rules", VipWelcomeRule()), HttpStatusCode.Forbidden);
        await Problems.AssertAsync(await clerk.PostAsync($"/api/v1/automation/rules/{ruleId}/pause", null), HttpStatusCode.Forbidden);
        var manager = await tenant.LoginAsync(Roles.Manager);
        Assert.Single((await Problems.JsonAsync(await manager.GetAsync("/api/v1/automation/rules"))).GetProperty("items").EnumerateArray());

        var other = await AutomationApi.NewAsync(app);
        Assert.Empty((await other.Customers.GetJsonAsync("/api/v1/automation/rules")).GetProperty("items").EnumerateArray());
        await Problems.AssertAsync(await other.Client.GetAsync($"/api/v1/automation/rules/{ruleId}"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await other.Client.GetAsync($"/api/v1/automation/rules/{ruleId}/runs"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await other.Client.PostAsync($"/api/v1/automation/rules/{ruleId}/pause", null), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await other.Client.DeleteAsync($"/api/v1/automation/rules/{ruleId}"), HttpStatusCode.NotFound);

        // Another business's customer with tag VIP does not start this business's rule.
        await other.Customers.CreateIdAsync(new { kind = "person", firstName = "Oya", lastName = "Tan", tags = new[] { "VIP" } });
        await a.DrainAsync();
        Assert.Empty(await a.RunsAsync(ruleId));
    }

    private static async Task<int> TaskCountAsync(AutomationApi a, Guid customerId)
    {
        await using var scope = a.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await db.Set<AutomationTask>().CountAsync(t => t.CustomerId == customerId);
    }
}

public sealed class AutomationRuleTests_Sqlite(SqliteApp app) : AutomationRuleTests(app), IClassFixture<SqliteApp>;

public sealed class AutomationRuleTests_Postgres(PostgresApp app) : AutomationRuleTests(app), IClassFixture<PostgresApp>;
