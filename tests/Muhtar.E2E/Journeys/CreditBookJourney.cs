using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// L1 on a 360 px phone: the grocer writes a charge for a new phone number in two taps, takes a partial payment,
/// corrects a mistaken entry, opens the month's statement with its running balance, sends it (a second tap sends
/// nothing), charges again from the customer's page, sends the polite debt reminder and shortens the reminder interval.
/// </summary>
public abstract class CreditBookJourney(BrowserApp app)
{
    private const string Password = "Veresiye.Defter.2026";

    [Fact]
    public async Task A_charge_for_a_new_phone_a_partial_payment_a_correction_the_statement_and_a_reminder_on_a_phone()
    {
        var slug = "veresiye" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 800);
        await page.SignUpAsync("Bakkal " + slug, slug, "Hüseyin Kara", $"{slug}@example.com", Password);

        await page.GotoInteractiveAsync("/credit-book");
        await page.GetByTestId("cb-phone").FillAsync("0536 123 45 67");
        await page.GetByTestId("cb-amount").FillAsync("150,50");
        await page.GetByTestId("cb-charge").ClickAsync();
        // An unknown number: the second tap enrols the customer and records the charge.
        await Expect(page.GetByTestId("error-phone")).ToBeVisibleAsync();
        await page.GetByTestId("cb-enrol").ClickAsync();
        await Expect(page.GetByTestId("cb-status")).ToContainTextAsync("150,50");

        await page.GetByTestId("cb-amount").FillAsync("50");
        await page.GetByTestId("cb-payment").ClickAsync();
        await Expect(page.GetByTestId("cb-status")).ToContainTextAsync("100,50");

        await page.GetByTestId("cb-amount").FillAsync("20");
        await page.GetByTestId("cb-charge").ClickAsync();
        await Expect(page.GetByTestId("cb-status")).ToContainTextAsync("120,50");
        await page.GetByTestId("cb-reverse").ClickAsync();
        await Expect(page.GetByTestId("cb-status")).ToContainTextAsync("100,50");

        var debtor = page.GetByTestId("cb-debtor");
        await Expect(debtor).ToHaveCountAsync(1);
        await Expect(debtor.GetByTestId("cb-balance")).ToContainTextAsync("100,50");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        await debtor.GetByTestId("cb-statement").ClickAsync();
        await page.WaitForPageAsync(new Regex("/credit-book/customers/[0-9a-f-]{36}/statement/\\d{4}-\\d{2}$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("statement-line")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("statement-running")).ToHaveTextAsync([new Regex("150,50"), new Regex("100,50"), new Regex("120,50"), new Regex("100,50")]);
        await Expect(page.GetByTestId("statement-closing")).ToContainTextAsync("100,50");
        await page.GetByTestId("statement-send").ClickAsync();
        await Expect(page.GetByTestId("statement-send-result")).ToHaveTextAsync("Ekstre gönderilmek üzere sıraya alındı.");
        await page.GetByTestId("statement-send").ClickAsync();
        await Expect(page.GetByTestId("statement-send-result")).ToContainTextAsync("zaten gönderildi");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        // The customer's page shows the account too, with the same two quick actions.
        var customerId = Regex.Match(page.Url, "customers/([0-9a-f-]{36})/").Groups[1].Value;
        await page.GotoInteractiveAsync($"/customers/{customerId}");
        var panel = page.GetByTestId("credit-panel");
        await Expect(panel.GetByTestId("credit-panel-balance")).ToContainTextAsync("100,50");
        await Expect(panel.GetByTestId("credit-panel-entry")).ToHaveCountAsync(4);
        await panel.GetByTestId("credit-panel-amount").FillAsync("10");
        await panel.GetByTestId("credit-panel-charge").ClickAsync();
        await Expect(panel.GetByTestId("credit-panel-balance")).ToContainTextAsync("110,50");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/credit-book");
        await Expect(page.GetByTestId("cb-balance")).ToContainTextAsync("110,50");
        await page.GetByTestId("cb-remind").ClickAsync();
        await Expect(page.GetByTestId("cb-remind-result")).ToHaveTextAsync("Hatırlatma gönderildi.");
        await page.GetByTestId("cb-remind").ClickAsync();
        await Expect(page.GetByTestId("cb-remind-result")).ToContainTextAsync("7 gün");

        // The owner shortens the interval on the same page; a nonsense value is refused next to the field.
        await page.GetByTestId("cb-interval").FillAsync("0");
        await page.GetByTestId("cb-settings-save").ClickAsync();
        await Expect(page.GetByTestId("error-reminderIntervalDays")).ToBeVisibleAsync();
        await page.GetByTestId("cb-interval").FillAsync("3");
        await page.GetByTestId("cb-settings-save").ClickAsync();
        await Expect(page.GetByTestId("cb-settings-saved")).ToBeVisibleAsync();
        await page.GetByTestId("cb-remind").ClickAsync();
        await Expect(page.GetByTestId("cb-remind-result")).ToContainTextAsync("3 gün");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class CreditBookJourney_Sqlite(SqliteBrowserApp app) : CreditBookJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class CreditBookJourney_Postgres(PostgresBrowserApp app) : CreditBookJourney(app), IClassFixture<PostgresBrowserApp>;
