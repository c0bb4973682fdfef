using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// KVKK erasure in a real browser (C7): the owner opens a customer, records the person's erasure request,
/// confirms by typing "SİL", and the customer page then shows the anonymised shell.
/// </summary>
public abstract class PrivacyJourney(BrowserApp app)
{
    private const string Password = "Kuafor.Ayse.2026";

    [Fact]
    public async Task Owner_records_an_erasure_request_on_the_customer_page_confirms_it_and_sees_the_customer_erased()
    {
        var slug = "kvkk" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await page.SignUpAsync("Kuaför Ayşe " + slug, slug, "Ayşe Demir", $"{slug}@example.com", Password);
        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("Gülşen");
        await page.Locator("#lastName").FillAsync("Acar");
        await page.Locator("#phone").FillAsync("0535 444 55 66");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        var customerUrl = page.Url;
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByTestId("privacy-panel")).ToBeVisibleAsync();
        await page.GetByTestId("privacy-type").SelectOptionAsync("erasure");
        await page.GetByTestId("privacy-channel").SelectOptionAsync("letter");
        await page.GetByTestId("privacy-create").ClickAsync();
        await page.WaitForPageAsync(new Regex("/privacy/requests/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("privacy-customer")).ToHaveTextAsync("Gülşen Acar");
        var violations = new List<string>(await page.SeriousAccessibilityViolationsAsync());

        await Expect(page.GetByTestId("erase-submit")).ToBeDisabledAsync();
        await page.GetByTestId("erase-confirm").FillAsync("sil");
        await Expect(page.GetByTestId("erase-submit")).ToBeEnabledAsync();
        await page.GetByTestId("erase-submit").ClickAsync();
        await Expect(page.GetByTestId("privacy-done")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("privacy-customer")).ToHaveTextAsync("Silinmiş müşteri");

        await page.GetByTestId("privacy-customer").ClickAsync();
        await page.WaitForPageAsync(customerUrl);
        await Expect(page.GetByTestId("customer-name")).ToContainTextAsync("Silinmiş müşteri");
        await Expect(page.GetByTestId("customer-phone")).ToHaveTextAsync("—");
        await Expect(page.GetByTestId("archived-badge")).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/privacy/requests?show=completed");
        await Expect(page.GetByTestId("privacy-row")).ToHaveCountAsync(1);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

}

public sealed class PrivacyJourney_Sqlite(SqliteBrowserApp app) : PrivacyJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class PrivacyJourney_Postgres(PostgresBrowserApp app) : PrivacyJourney(app), IClassFixture<PostgresBrowserApp>;
