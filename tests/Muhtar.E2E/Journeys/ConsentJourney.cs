using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// C7 and C5 in a real browser: at the counter a customer says no to SMS; the clerk records the refusal on
/// the customer page, sees it as the current decision and on the timeline, and it waits on the İYS page.
/// </summary>
public abstract class ConsentJourney(BrowserApp app)
{
    private const string Password = "Kasa.Ret.2026";

    [Fact]
    public async Task A_refusal_recorded_on_the_customer_page_is_current_and_on_the_timeline()
    {
        var slug = "izin" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await page.SignUpAsync("Bakkal " + slug, slug, "Mehmet Şahin", $"{slug}@example.com", Password);

        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("Elif");
        await page.Locator("#lastName").FillAsync("Güneş");
        await page.Locator("#phone").FillAsync("0535 222 33 44");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();

        var sms = page.Locator("[data-testid=consent-current][data-channel=Sms]");
        await Expect(sms.GetByTestId("consent-status")).ToHaveTextAsync("Karar yok");

        // A decision dated in the future is refused next to its field.
        await page.GetByTestId("consent-decided").FillAsync(DateTime.UtcNow.AddHours(3 + 48).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("consent-record").ClickAsync();

        await Expect(page.GetByTestId("error-decidedAt")).ToBeVisibleAsync();

        await page.GetByTestId("consent-decided").FillAsync(DateTime.UtcNow.AddHours(3).AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("consent-channel").SelectOptionAsync("Sms");
        await page.GetByTestId("consent-new-status").SelectOptionAsync("Refused");
        await page.GetByTestId("consent-source").SelectOptionAsync("Shop");
        await page.GetByTestId("consent-evidence").FillAsync("Kasada sözlü olarak SMS istemediğini söyledi");
        await page.GetByTestId("consent-record").ClickAsync();

        await Expect(sms.GetByTestId("consent-status")).ToHaveTextAsync("RET");
        await Expect(page.GetByTestId("error-decidedAt")).ToHaveCountAsync(0);
        var entry = page.Locator("[data-testid=timeline-entry][data-kind=consent-refused]");
        await Expect(entry.GetByTestId("timeline-title")).ToHaveTextAsync("SMS izni: RET");
        await Expect(entry.GetByTestId("timeline-detail")).ToContainTextAsync("Kasada sözlü");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/consent/iys");
        var row = page.GetByTestId("iys-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("+905352223344");
        await Expect(row).ToContainTextAsync("HS_FIZIKSEL_ORTAM");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());
        await page.GetByTestId("iys-mark").ClickAsync();
        await Expect(page.GetByTestId("iys-empty")).ToBeVisibleAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class ConsentJourney_Sqlite(SqliteBrowserApp app) : ConsentJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class ConsentJourney_Postgres(PostgresBrowserApp app) : ConsentJourney(app), IClassFixture<PostgresBrowserApp>;
