using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;
using Muhtar.IntegrationTests.Messaging.Stubs;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// I4 end to end in a real browser, with the app's own job and sending workers running: an owner points SMS at
/// İleti Merkezi (a stub gateway on a real socket), writes a transactional welcome template, builds the rule
/// "when a customer is created with the tag VIP, send the welcome SMS", and creates such a customer. The rule
/// queues the message, the outbox hands it to the gateway, the gateway pushes its delivery report to the URL the
/// settings page shows, and the customer's timeline reads "SMS mesajı: İletildi".
/// </summary>
public abstract class WelcomeSmsRuleJourney(BrowserApp app)
{
    private const string Password = "Hosgeldin.Kural-2026";
    private const string OrderId = "104525848";

    [Fact]
    public async Task A_VIP_customer_gets_the_welcome_SMS_from_a_rule_and_its_delivery_report_shows_on_the_timeline()
    {
        await using var gateway = await StubHttpServer.StartAsync();
        gateway.Set(ProviderReplies.IletiMerkezi.SendPath, ProviderReplies.IletiMerkezi.Accepted(OrderId));
        var slug = "vip" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await page.SignUpAsync("Butik " + slug, slug, "Selin Arslan", $"{slug}@example.com", Password);
        var violations = new List<string>();

        var webhookUrl = await SetUpSmsAsync(page, gateway.BaseUrl);
        await CreateWelcomeTemplateAsync(page);
        await BuildRuleAsync(page);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("Deniz");
        await page.Locator("#lastName").FillAsync("Ergün");
        await page.Locator("#phone").FillAsync("0532 765 43 21");
        await page.Locator("#tags").FillAsync("VIP");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();

        // The rule's run and the send happen in the background workers; the gateway gets exactly one SMS.
        var sent = await gateway.WaitForAsync(r => r.Path == ProviderReplies.IletiMerkezi.SendPath, timeout: TimeSpan.FromSeconds(60));
        var request = Assert.Single(sent);
        // The provider's JSON escapes Turkish letters, so only the ASCII part of the text is compared.
        Assert.Contains("geldiniz Deniz", request.BodyText, StringComparison.Ordinal);
        Assert.Contains("5327654321", request.BodyText, StringComparison.Ordinal);
        Assert.Contains("\"iys\":\"0\"", request.BodyText, StringComparison.Ordinal);

        var sentEntry = await WaitForTimelineEntryAsync(page, "message-sent");
        await Expect(sentEntry.GetByTestId("timeline-title")).ToHaveTextAsync("SMS mesajı: Gönderildi");

        // İleti Merkezi pushes its report to the notification URL the owner copied from the settings page.
        using (var http = new HttpClient())
        {
            using var content = new ByteArrayContent(ProviderPushes.IletiMerkeziReport(OrderId, "delivered", to: "+905327654321"));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var pushed = await http.PostAsync(new Uri(webhookUrl), content);
            Assert.True(pushed.IsSuccessStatusCode, $"{(int)pushed.StatusCode} {await pushed.Content.ReadAsStringAsync()}");
        }

        var delivered = await WaitForTimelineEntryAsync(page, "message-delivered");
        await Expect(delivered.GetByTestId("timeline-title")).ToHaveTextAsync("SMS mesajı: İletildi");
        await Expect(delivered.GetByTestId("timeline-detail")).ToContainTextAsync("Hoş geldiniz Deniz");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        // The run log says the rule ran once and completed; the gateway still has exactly one SMS.
        await page.GotoInteractiveAsync("/automation/rules");
        await page.GetByTestId("rule-runs").ClickAsync();
        await page.WaitForPageAsync(new Regex("/automation/rules/[0-9a-f-]{36}/runs$"));
        await Expect(page.GetByTestId("run-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("tamamlandı");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
        Assert.Single(gateway.RequestsTo(ProviderReplies.IletiMerkezi.SendPath));
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task<string> SetUpSmsAsync(IPage page, string gatewayUrl)
    {
        await page.GotoInteractiveAsync("/settings/messaging");
        var sms = page.GetByTestId("channel-sms");
        await sms.GetByTestId("sms-provider").SelectOptionAsync("iletimerkezi");
        await sms.GetByTestId("sms-apiKey").FillAsync("im-api-key-1");
        await sms.GetByTestId("sms-apiHash").FillAsync("im-api-hash-secret");
        await sms.GetByTestId("sms-sender").FillAsync("BUTIK");
        await sms.GetByTestId("sms-baseUrl").FillAsync(gatewayUrl);
        await sms.GetByTestId("sms-save").ClickAsync();
        await Expect(sms.GetByTestId("sms-status")).ToHaveTextAsync("Açık · İleti Merkezi");
        var url = (await sms.GetByTestId("sms-webhook-url").TextContentAsync())!.Trim();
        Assert.Contains("?secret=", url, StringComparison.Ordinal);
        return url;
    }

    private static async Task CreateWelcomeTemplateAsync(IPage page)
    {
        await page.GotoInteractiveAsync("/messaging/templates/new");
        await page.GetByTestId("tpl-name").FillAsync("VIP hoş geldin");
        await page.GetByTestId("tpl-channel").SelectOptionAsync("sms");
        // A membership notice, not an offer: transactional, so it needs no ONAY and ignores quiet hours.
        await page.GetByTestId("tpl-purpose-transactional").CheckAsync();
        await page.GetByTestId("tpl-body").FillAsync("Hoş geldiniz {{ customer.first_name }}, VIP üyeliğiniz açıldı.");
        await page.GetByTestId("tpl-save").ClickAsync();
        await page.WaitForPageAsync(new Regex("/messaging/templates$"));
        await Expect(page.GetByTestId("template-row")).ToContainTextAsync("VIP hoş geldin");
    }

    private static async Task BuildRuleAsync(IPage page)
    {
        await page.GotoInteractiveAsync("/automation/rules/new");
        await page.GetByTestId("rule-name").FillAsync("VIP hoş geldin SMS");
        await page.GetByTestId("trigger-kind").SelectOptionAsync("event");
        await page.GetByTestId("trigger-event").SelectOptionAsync("CustomerCreated");
        await page.GetByTestId("add-condition").ClickAsync();
        await page.GetByTestId("condition-source").SelectOptionAsync("customer");
        await page.GetByTestId("condition-field").FillAsync("tags");
        await page.GetByTestId("condition-operator").SelectOptionAsync("equals");
        await page.GetByTestId("condition-value").FillAsync("VIP");
        await page.GetByTestId("action-kind").SelectOptionAsync("sendTemplate");
        await page.GetByTestId("action-template").ClickAsync();
        await page.Locator(".rz-dropdown-item").Filter(new LocatorFilterOptions { HasText = "VIP hoş geldin" }).ClickAsync();
        await Expect(page.GetByTestId("action-template")).ToContainTextAsync("VIP hoş geldin");
        await page.GetByTestId("rule-save").ClickAsync();
        await page.WaitForPageAsync(new Regex("/automation/rules$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("rule-row-name")).ToHaveTextAsync("VIP hoş geldin SMS");
    }

    /// <summary>
    /// The timeline shows what was stored when the page rendered; the workers change it in the background, so the
    /// page is reloaded until the entry appears (as a user would press F5), within a minute.
    /// </summary>
    private static async Task<ILocator> WaitForTimelineEntryAsync(IPage page, string kind)
    {
        var entry = page.Locator($"[data-testid=timeline-entry][data-kind={kind}]");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await entry.WaitForAsync(new LocatorWaitForOptions { Timeout = 2000 });
                return entry;
            }
            catch (TimeoutException)
            {
                // Not there yet (Playwright reports a wait that ran out as System.TimeoutException): load the page again.
                await page.ReloadAsync();
                await page.WaitForInteractiveAsync();
            }
        }

        var shown = await page.Locator("[data-testid=timeline-entry]").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.kind + ': ' + e.innerText)");
        Assert.Fail($"No {kind} entry on the timeline within a minute; it shows: {string.Join(" | ", shown)}");
        return entry;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class WelcomeSmsRuleJourney_Sqlite(SqliteBrowserApp app) : WelcomeSmsRuleJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class WelcomeSmsRuleJourney_Postgres(PostgresBrowserApp app) : WelcomeSmsRuleJourney(app), IClassFixture<PostgresBrowserApp>;
