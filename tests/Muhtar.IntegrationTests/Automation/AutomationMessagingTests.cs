using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.AutomationTests;

/// <summary>The send and webhook actions through the real messaging outbox, templates and outgoing webhooks.</summary>
public abstract class AutomationMessagingTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_send_template_step_queues_exactly_one_message_per_run_with_the_templates_purpose_even_when_the_event_comes_again()
    {
        var a = await AutomationApi.NewAsync(app);
        var template = await Problems.JsonAsync(
            await a.Client.PostAsJsonAsync("/api/v1/messaging/templates", new
            {
                name = "VIP hoş geldin",
                channel = "sms",
                purpose = "transactional",
                body = "Hoş geldiniz {{ customer.first_name }}",
            }),
            HttpStatusCode.Created);
        var templateId = template.GetProperty("id").GetGuid();
        var ruleId = await a.CreateRuleIdAsync(new
        {
            name = "VIP SMS",
            trigger = new { kind = "event", @event = "CustomerCreated" },
            conditions = new[] { new { source = "customer", field = "tags", @operator = "equals", value = "vip" } },
            actions = new object[] { new { kind = "sendTemplate", templateId } },
        });
        var vip = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Ayşe", lastName = "Kaya", phone = "0532 765 43 21", tags = new[] { "VIP" } });

        await a.DrainAsync();
        Assert.True(await a.ReplayEventsAsync(vip) > 0);
        await a.DrainAsync();

        var messages = (await a.Customers.GetJsonAsync($"/api/v1/messages?customerId={vip}")).GetProperty("items").EnumerateArray().ToList();
        var message = Assert.Single(messages);
        var run = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal($"automation:{run.GetProperty("id").GetGuid():D}:0", message.GetProperty("dedupeKey").GetString());
        Assert.Equal(templateId, message.GetProperty("templateId").GetGuid());
        Assert.Equal("transactional", message.GetProperty("purpose").GetString());
        Assert.Equal("completed", run.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_template_that_does_not_exist_is_refused_naming_the_field_and_a_private_webhook_url_fails_the_step_with_the_reason()
    {
        var a = await AutomationApi.NewAsync(app);
        await Problems.AssertAsync(
            await a.Client.PostAsJsonAsync("/api/v1/automation/rules", new
            {
                name = "x",
                trigger = new { kind = "event", @event = "CustomerCreated" },
                actions = new object[] { new { kind = "sendTemplate", templateId = Guid.NewGuid() } },
            }),
            HttpStatusCode.UnprocessableEntity, "actions[0].templateId");

        var ruleId = await a.CreateRuleIdAsync(new
        {
            name = "İç ağ",
            trigger = new { kind = "event", @event = "CustomerCreated" },
            actions = new object[] { new { kind = "webhook", url = "http://127.0.0.1/hook" }, new { kind = "addTag", tag = "Sonra" } },
        });
        var id = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Can", lastName = "Ak" });
        await a.DrainAsync();

        var run = Assert.Single(await a.RunsAsync(ruleId));
        Assert.Equal("failed", run.GetProperty("status").GetString());
        var step = Assert.Single(run.GetProperty("steps").EnumerateArray());
        Assert.Equal("failed", step.GetProperty("outcome").GetString());
        Assert.StartsWith("url", step.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sonra", await a.TagsAsync(id));
    }
}

public sealed class AutomationMessagingTests_Sqlite(SqliteApp app) : AutomationMessagingTests(app), IClassFixture<SqliteApp>;

public sealed class AutomationMessagingTests_Postgres(PostgresApp app) : AutomationMessagingTests(app), IClassFixture<PostgresApp>;
