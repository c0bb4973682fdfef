using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// C1 in a real browser: the owner defines a custom field and a tag colour in settings, fills the field on
/// the customer form in Turkish notation, and sees the value on the customer page and as a list column.
/// </summary>
public abstract class CustomFieldsJourney(BrowserApp app)
{
    private const string Password = "Kuafor.Ayse.2026";

    [Fact]
    public async Task Owner_defines_a_custom_field_fills_it_and_sees_it_on_the_page_and_in_the_grid()
    {
        var slug = "cf" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync();
        await page.SignUpAsync("Butik " + slug, slug, "Ayşe Demir", $"{slug}@example.com", Password);
        var violations = new List<string>();

        await page.GotoInteractiveAsync("/settings/custom-fields");
        await page.GetByTestId("cf-label").FillAsync("Ayakkabı numarası");
        await page.GetByTestId("cf-type").SelectOptionAsync("number");
        await page.GetByTestId("cf-save").ClickAsync();
        await Expect(page.GetByTestId("custom-field-row").Filter(new() { HasText = "ayakkabi_numarasi" })).ToHaveCountAsync(1);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/settings/customer-tags");
        await page.GetByTestId("tag-name").FillAsync("VIP");
        await page.GetByTestId("colour-purple").CheckAsync();
        await page.GetByTestId("tag-save").ClickAsync();
        await Expect(page.GetByTestId("tag-row").Filter(new() { HasText = "VIP" })).ToHaveCountAsync(1);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("Selin");
        await page.Locator("#lastName").FillAsync("Aydın");
        await page.Locator("#tags").FillAsync("VIP");
        var shoe = page.GetByTestId("cf-ayakkabi_numarasi");
        await shoe.FillAsync("otuz");
        await page.GetByTestId("save-customer").ClickAsync();
        await Expect(page.Locator("#cf-ayakkabi_numarasi-error")).Not.ToBeEmptyAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
        await shoe.FillAsync("38,5");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));

        await Expect(page.GetByTestId("cf-value-ayakkabi_numarasi")).ToHaveTextAsync("38,5");
        var chip = page.GetByTestId("tag-list").GetByTestId("tag-chip");
        await Expect(chip).ToHaveTextAsync("VIP");
        Assert.Contains("background:#e5dbff", await chip.GetAttributeAsync("style") ?? "", StringComparison.Ordinal);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/customers");
        await Expect(page.GetByTestId("customer-row")).ToHaveCountAsync(1);
        await page.GetByTestId("column-picker").Locator("summary").ClickAsync();
        await page.GetByTestId("column-ayakkabi_numarasi").CheckAsync();
        await Expect(page.GetByTestId("cf-cell-ayakkabi_numarasi")).ToHaveTextAsync("38,5");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Ayakkabı numarası" })).ToBeVisibleAsync();

        await page.GetByTestId("cf-filter-field").SelectOptionAsync("ayakkabi_numarasi");
        await page.GetByTestId("cf-filter-op").SelectOptionAsync("min");
        await page.GetByTestId("cf-filter-value").FillAsync("40");
        await page.GetByTestId("cf-filter-add").ClickAsync();
        await Expect(page.GetByTestId("customer-row")).ToHaveCountAsync(0);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

}

public sealed class CustomFieldsJourney_Sqlite(SqliteBrowserApp app) : CustomFieldsJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class CustomFieldsJourney_Postgres(PostgresBrowserApp app) : CustomFieldsJourney(app), IClassFixture<PostgresBrowserApp>;
