using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// I4 pages on a phone-sized screen: the owner adds an outgoing webhook and is shown its signing secret once, finds an
/// empty dead-letter list and an empty rule list, each page free of serious accessibility problems.
/// </summary>
public abstract class AutomationSettingsSmokeJourney(BrowserApp app)
{
    private const string Password = "Webhook.Ayar-2026";

    [Fact]
    public async Task Owner_adds_a_webhook_and_finds_the_rules_and_dead_letter_pages_empty_on_a_phone()
    {
        var slug = "wh" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 800);
        await page.SignUpAsync("Optik " + slug, slug, "Burak Tan", $"{slug}@example.com", Password);
        var violations = new List<string>();

        await page.GotoInteractiveAsync("/settings/webhooks");
        await Expect(page.GetByTestId("no-webhooks")).ToBeVisibleAsync();
        await page.GetByTestId("webhook-url").FillAsync("https://erp.example.com/muhtar/olaylar");
        await page.GetByTestId("webhook-description").FillAsync("ERP müşteri aktarımı");
        await page.GetByTestId("webhook-event-customer.created").CheckAsync();
        await page.GetByTestId("webhook-save").ClickAsync();
        var row = page.GetByTestId("webhook-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("https://erp.example.com/muhtar/olaylar");
        await Expect(page.GetByTestId("webhook-secret-value")).Not.ToBeEmptyAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/messaging/dead-letters");
        await Expect(page.GetByTestId("dead-letters-empty")).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/automation/rules");
        await Expect(page.GetByTestId("no-rules")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("new-rule")).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class AutomationSettingsSmokeJourney_Sqlite(SqliteBrowserApp app) : AutomationSettingsSmokeJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class AutomationSettingsSmokeJourney_Postgres(PostgresBrowserApp app) : AutomationSettingsSmokeJourney(app), IClassFixture<PostgresBrowserApp>;
