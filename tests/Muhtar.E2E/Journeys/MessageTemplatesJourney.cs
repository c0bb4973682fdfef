using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// I4 templates in a real browser on a phone-sized screen: the owner writes an SMS template, sees a Liquid
/// mistake next to the text, previews it for a real customer ("Merhaba Ahmet Bey") with the SMS count, and saves it.
/// </summary>
public abstract class MessageTemplatesJourney(BrowserApp app)
{
    private const string Password = "Berber.Ali.2026";

    [Fact]
    public async Task Owner_writes_a_template_and_previews_it_for_a_real_customer_with_the_sms_count()
    {
        var slug = "tp" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 800);
        await page.SignUpAsync("Berber " + slug, slug, "Ali Demir", $"{slug}@example.com", Password);
        var violations = new List<string>();

        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("AHMET");
        await page.Locator("#lastName").FillAsync("Yılmaz");
        await page.Locator("#gender").SelectOptionAsync("male");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));

        await page.GotoInteractiveAsync("/messaging/templates");
        await Expect(page.GetByTestId("no-templates")).ToBeVisibleAsync();
        await page.GetByTestId("new-template").ClickAsync();
        await page.WaitForPageAsync(new Regex("/messaging/templates/new$"));
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("tpl-name").FillAsync("Yeni sezon");
        await page.GetByTestId("tpl-channel").SelectOptionAsync("sms");
        await page.GetByTestId("tpl-body").FillAsync("Merhaba {{ customer | salutation }}, yeni sezon indirimi başladı! {% if %}");
        await page.GetByTestId("tpl-save").ClickAsync();
        // The purpose has no default: the first complaint is that it is missing.
        await Expect(page.Locator("#tpl-purpose-error")).Not.ToBeEmptyAsync();
        await page.GetByTestId("tpl-purpose-commercial").CheckAsync();
        await page.GetByTestId("tpl-save").ClickAsync();
        await Expect(page.Locator("#tpl-body-error")).ToContainTextAsync("1");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GetByTestId("tpl-body").FillAsync("Merhaba {{ customer | salutation }}, yeni sezon indirimi başladı!");
        await Expect(page.GetByTestId("tpl-body-length")).ToContainTextAsync("1 SMS");

        await page.GetByTestId("tpl-customer-search").FillAsync("ahmet");
        await page.GetByTestId("tpl-customer-option").First.ClickAsync();
        await Expect(page.GetByTestId("tpl-preview-text")).ToHaveTextAsync("Merhaba Ahmet Bey, yeni sezon indirimi başladı!");
        await Expect(page.GetByTestId("tpl-preview-length")).ToContainTextAsync("47");
        await Expect(page.GetByTestId("tpl-preview-length")).ToContainTextAsync("1 SMS");
        await Expect(page.GetByTestId("tpl-preview-length")).ToContainTextAsync("UCS-2");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the editor fits a 360 px screen");

        await page.GetByTestId("tpl-save").ClickAsync();
        await page.WaitForPageAsync(new Regex("/messaging/templates$"));
        var row = page.GetByTestId("template-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Yeni sezon");
        await Expect(row).ToContainTextAsync("Ticari");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class MessageTemplatesJourney_Sqlite(SqliteBrowserApp app) : MessageTemplatesJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class MessageTemplatesJourney_Postgres(PostgresBrowserApp app) : MessageTemplatesJourney(app), IClassFixture<PostgresBrowserApp>;
