using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// P3 in a real browser at phone width: the owner adds a category, creates a product (a price typed wrongly is
/// refused next to the field), finds it in the product list, then opens a store with a till and gets its till key once.
/// </summary>
public abstract class CatalogJourney(BrowserApp app)
{
    private const string Password = "Bakkal.Ahmet.2026";

    [Fact]
    public async Task Owner_creates_a_product_finds_it_in_the_list_and_makes_a_till_key()
    {
        var slug = "cat" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 780);
        await page.SignUpAsync("Bakkal " + slug, slug, "Ahmet Kaya", $"{slug}@example.com", Password);
        var violations = new List<string>();

        await page.GotoInteractiveAsync("/pos/catalog");
        await page.GetByTestId("category-new-name").FillAsync("Şarküteri");
        await page.GetByTestId("category-add").ClickAsync();
        await Expect(page.GetByTestId("category-list")).ToContainTextAsync("Şarküteri");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/pos/products");
        await page.GetByTestId("product-new").ClickAsync();
        await page.WaitForPageAsync("**/pos/products/new");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("product-barcode").FillAsync("8690123456789");
        await page.GetByTestId("product-name").FillAsync("Kaşar Peyniri 400 g");
        await page.GetByTestId("product-category").SelectOptionAsync(new SelectOptionValue { Label = "Şarküteri" });
        await page.GetByTestId("product-price").FillAsync("yüz");
        await page.GetByTestId("product-save").ClickAsync();
        await Expect(page.GetByTestId("error-price")).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GetByTestId("product-price").FillAsync("189,90");
        await page.GetByTestId("product-tags").FillAsync("Yerli, helal");
        await page.GetByTestId("product-save").ClickAsync();
        await page.WaitForPageAsync("**/pos/products?search=8690123456789");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText("Kaşar Peyniri 400 g")).ToBeVisibleAsync();
        await Expect(page.GetByText("189,90 ₺")).ToBeVisibleAsync();

        await page.GetByTestId("product-search").FillAsync("KASAR");
        await page.GetByTestId("product-search").PressAsync("Enter");
        await Expect(page.GetByText("Kaşar Peyniri 400 g")).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/pos/stores");
        await page.GetByTestId("store-code").FillAsync("IST01");
        await page.GetByTestId("store-name").FillAsync("Kadıköy Şubesi");
        await page.GetByTestId("store-city").FillAsync("İstanbul");
        await page.GetByTestId("store-save").ClickAsync();
        await Expect(page.GetByTestId("store-card")).ToContainTextAsync("IST01 · Kadıköy Şubesi");
        await page.GetByTestId("till-new-code").FillAsync("1");
        await page.GetByTestId("till-add").ClickAsync();
        await Expect(page.GetByTestId("till-row")).ToContainTextAsync("Kasa 1");
        await page.GetByTestId("till-key-create").ClickAsync();
        await Expect(page.GetByTestId("till-key")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^mk_"));
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class CatalogJourney_Sqlite(SqliteBrowserApp app) : CatalogJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class CatalogJourney_Postgres(PostgresBrowserApp app) : CatalogJourney(app), IClassFixture<PostgresBrowserApp>;
