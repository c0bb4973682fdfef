using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// C6 in a real browser: an owner uploads a Turkish Excel-style CSV (Windows-1254, semicolons) from the
/// customer list, checks the suggested mapping, sees the dry-run report, runs the import with the job
/// workers of the host, watches the progress bar reach 100% and finds the customers in the list.
/// </summary>
public abstract class ImportJourney(BrowserApp app)
{
    private const string Password = "Bakkal.Veli.2026";
    private const int Rows = 1_200;

    [Fact]
    public async Task Owner_imports_a_csv_through_the_page_and_watches_the_progress_bar_finish()
    {
        var slug = "imp" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await page.SignUpAsync("Bakkal Veli " + slug, slug, "Veli Şahin", $"{slug}@example.com", Password);

        await page.GotoInteractiveAsync("/customers");
        await page.GetByTestId("import-customers").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/import$"));
        await page.WaitForInteractiveAsync();
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "musteriler.csv",
            MimeType = "text/csv",
            Buffer = SampleFile(),
        });

        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync($"{Rows}");
        await Expect(page.GetByTestId("map-0")).ToHaveValueAsync("firstName");
        await Expect(page.GetByTestId("map-1")).ToHaveValueAsync("lastName");
        await Expect(page.GetByTestId("map-2")).ToHaveValueAsync("phone");
        await Expect(page.GetByTestId("map-3")).ToHaveValueAsync("tags");
        await page.GetByTestId("map-4").SelectOptionAsync("");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        await page.GetByTestId("import-dry-run").ClickAsync();
        await Expect(page.GetByTestId("report-created")).ToContainTextAsync($"{Rows - 1}", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("report-rejected")).ToContainTextAsync("1");
        await Expect(page.GetByTestId("rejection-row")).ToContainTextAsync("123");

        await page.GetByTestId("import-run").ClickAsync();
        var bar = page.GetByRole(AriaRole.Progressbar);
        await Expect(bar).ToBeVisibleAsync();
        await Expect(bar).ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = 120_000 });
        await Expect(page.GetByTestId("import-completed")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("progress-created")).ToContainTextAsync($"{Rows - 1}");

        await page.GotoInteractiveAsync("/customers");
        await Expect(page.GetByTestId("customer-total")).ToContainTextAsync($"{Rows - 1}");
        await page.GetByTestId("customer-search").FillAsync("Işık");
        await Expect(page.GetByTestId("customer-row").First).ToContainTextAsync("Işık");
    }

    /// <summary>Turkish Excel's CSV: Windows-1254, semicolons, names in capitals; one row with a bad phone.</summary>
    private static byte[] SampleFile()
    {
        string[] first = ["AHMET", "AYŞE", "İSMAİL", "ŞULE", "ÇAĞRI"];
        string[] last = ["YILMAZ", "IŞIK", "ÖZTÜRK", "DOĞAN", "KILIÇ"];
        var text = new StringBuilder("Ad;Soyad;Cep Telefonu;Etiketler;Not\r\n");
        for (var i = 1; i <= Rows; i++)
        {
            var phone = i == 7 ? "123" : $"0533 {100 + (i / 10000)} {(i / 100) % 100:00} {i % 100:00}";
            text.Append($"{first[i % 5]};{last[(i / 5) % 5]};{phone};müdavim;not {i}\r\n");
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(1254)!.GetBytes(text.ToString());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class ImportJourney_Sqlite(SqliteBrowserApp app) : ImportJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class ImportJourney_Postgres(PostgresBrowserApp app) : ImportJourney(app), IClassFixture<PostgresBrowserApp>;
