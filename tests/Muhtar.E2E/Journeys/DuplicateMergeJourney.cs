using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// C4 in a real browser: the form warns about a look-alike before saving, the duplicates page finds the
/// pair after a scan, and merging it with the second record's phone shows the kept customer with that phone.
/// </summary>
public abstract class DuplicateMergeJourney(BrowserApp app)
{
    private const string Password = "Kuafor.Ayse.2026";

    [Fact]
    public async Task Owner_is_warned_of_a_look_alike_finds_the_pair_and_merges_it_keeping_the_second_phone()
    {
        var slug = "dupe" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await page.SignUpAsync("Kuaför Ayşe " + slug, slug, "Ayşe Demir", $"{slug}@example.com", Password);

        var first = await CreateCustomerAsync(page, "Ahmet", "Yılmaz", "0532 123 45 67");
        await FillCustomerAsync(page, "AHMET", "YILMAZ", "0544 765 43 21");
        await Expect(page.GetByTestId("possible-duplicate")).ToBeVisibleAsync();
        Assert.EndsWith(new Uri(first).AbsolutePath, await page.GetByTestId("possible-duplicate-link").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);
        await page.GetByTestId("save-anyway").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        var second = page.Url;

        await page.GotoInteractiveAsync("/customers");
        await page.GetByTestId("duplicates-link").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/duplicates$"));
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("scan-duplicates").ClickAsync();
        await Expect(page.GetByTestId("scan-message")).ToBeVisibleAsync();
        await WaitForRowAsync(page);
        await Expect(page.GetByTestId("duplicate-reasons").First).ToContainTextAsync("Aynı ad");

        await page.GetByTestId("review-duplicate").First.ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/duplicates/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("field-phone-1").CheckAsync();
        await Expect(page.GetByTestId("preview-phone")).ToContainTextAsync("+905447654321");
        await page.GetByTestId("confirm-merge").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/merges/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("undo-merge")).ToBeVisibleAsync();

        await page.GotoInteractiveAsync(new Uri(first).AbsolutePath);
        await Expect(page.GetByTestId("customer-name")).ToContainTextAsync("Ahmet Yılmaz");
        await Expect(page.GetByTestId("customer-phone")).ToContainTextAsync("544");
        await page.GotoInteractiveAsync(new Uri(second).AbsolutePath);
        await Expect(page.GetByTestId("merged-into")).ToContainTextAsync("Ahmet Yılmaz");
        await page.GotoInteractiveAsync("/customers");
        await Expect(page.GetByTestId("customer-row")).ToHaveCountAsync(1);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The scan runs as a background job; the page shows its result once it is done.</summary>
    private static async Task WaitForRowAsync(IPage page)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.GotoInteractiveAsync("/customers/duplicates");
            if (await page.GetByTestId("duplicate-row").CountAsync() > 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await Expect(page.GetByTestId("duplicate-row")).ToHaveCountAsync(1);
    }

    private static async Task FillCustomerAsync(IPage page, string firstName, string lastName, string phone)
    {
        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync(firstName);
        await page.Locator("#lastName").FillAsync(lastName);
        await page.Locator("#phone").FillAsync(phone);
        await page.GetByTestId("save-customer").ClickAsync();
    }

    private static async Task<string> CreateCustomerAsync(IPage page, string firstName, string lastName, string phone)
    {
        await FillCustomerAsync(page, firstName, lastName, phone);
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        return page.Url;
    }
}

public sealed class DuplicateMergeJourney_Sqlite(SqliteBrowserApp app) : DuplicateMergeJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class DuplicateMergeJourney_Postgres(PostgresBrowserApp app) : DuplicateMergeJourney(app), IClassFixture<PostgresBrowserApp>;
