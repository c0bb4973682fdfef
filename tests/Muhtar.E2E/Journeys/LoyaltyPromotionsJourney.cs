using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Stores;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// P3-P6 in a real browser at phone width: the owner sets 2 points per lira, a coffee stamp card, a 10 % coupon
/// promotion (after a nameless attempt is refused next to the field) and its coupon code, all through the pages;
/// a sale in the till simulator with that coupon then shows the points and the stamps on the customer's page.
/// Every page visited is checked for serious accessibility violations.
/// </summary>
public abstract class LoyaltyPromotionsJourney(BrowserApp app)
{
    private const string Password = "Sadakat.Kart.2026";

    [Fact]
    public async Task An_owner_sets_up_loyalty_and_a_coupon_and_the_sale_shows_points_and_stamps()
    {
        var slug = "sadakat" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 800);
        await page.SignUpAsync("Kahveci " + slug, slug, "Zeynep Arslan", $"{slug}@example.com", Password);
        var coffeeCategory = await SeedShopAsync(slug);
        var violations = new List<string>();

        await page.GotoInteractiveAsync("/loyalty");
        await page.GetByTestId("loyalty-points-per-lira").FillAsync("2");
        await page.GetByTestId("loyalty-programme-save").ClickAsync();
        await Expect(page.GetByTestId("loyalty-programme-saved")).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/loyalty/stamp-cards");
        await page.GetByTestId("loyalty-card-name").FillAsync("Kahve kartı");
        await page.GetByTestId("loyalty-card-stamps").FillAsync("5");
        await page.GetByTestId("loyalty-card-target-item").SelectOptionAsync(coffeeCategory.ToString());
        await Expect(page.GetByTestId("loyalty-card-targets")).ToContainTextAsync("Kahve");
        await page.GetByTestId("loyalty-card-add").ClickAsync();
        await Expect(page.GetByTestId("loyalty-card-row")).ToContainTextAsync("Kahve kartı");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/pos/promotions/new");
        await page.GetByTestId("promotion-requires-coupon").ClickAsync();
        await page.GetByTestId("promotion-save").ClickAsync();
        await Expect(page.GetByTestId("error-name")).ToBeVisibleAsync();
        Assert.EndsWith("/pos/promotions/new", page.Url, StringComparison.Ordinal);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
        await page.GetByTestId("promotion-name").FillAsync("Kuponla %10");
        await page.GetByTestId("promotion-save").ClickAsync();
        await page.WaitForPageAsync(new Regex("/pos/promotions$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kuponla %10" })).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/pos/coupons");
        await page.GetByTestId("coupon-promotion").ClickAsync();
        await page.Locator(".rz-dropdown-item").Filter(new LocatorFilterOptions { HasText = "Kuponla %10" }).ClickAsync();
        await page.GetByTestId("coupon-code").FillAsync("KAHVE10");
        await page.GetByTestId("coupon-create").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Gridcell, new PageGetByRoleOptions { Name = "KAHVE10" })).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("Elif");
        await page.Locator("#lastName").FillAsync("Demir");
        await page.Locator("#phone").FillAsync("0536 222 33 44");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        var customerUrl = new Uri(page.Url).PathAndQuery;

        await page.GotoInteractiveAsync("/pos/till");
        await page.GetByTestId("till-phone").FillAsync("05362223344");
        await page.GetByTestId("till-phone").PressAsync("Enter");
        await Expect(page.GetByTestId("till-customer")).ToContainTextAsync("Elif Demir");
        await page.GetByTestId("till-barcode").FillAsync("8692222222224");
        await page.GetByTestId("till-barcode").PressAsync("Enter");
        await Expect(page.GetByTestId("till-line")).ToHaveCountAsync(1);
        await page.GetByTestId("till-barcode").FillAsync("8692222222224");
        await page.GetByTestId("till-barcode").PressAsync("Enter");
        await Expect(page.GetByTestId("till-total")).ToContainTextAsync("100,00 ₺");
        await page.GetByTestId("till-coupon-code").FillAsync("KAHVE10");
        await page.GetByTestId("till-coupon-code").PressAsync("Tab");
        await Expect(page.GetByTestId("till-discount").First).ToContainTextAsync("Kuponla %10");
        await Expect(page.GetByTestId("till-total")).ToContainTextAsync("90,00 ₺");
        await page.GetByTestId("till-complete").ClickAsync();
        await Expect(page.GetByTestId("till-earned")).ToContainTextAsync("180");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync(customerUrl);
        await Expect(page.GetByTestId("loyalty-balance")).ToContainTextAsync("180 puan");
        await Expect(page.GetByTestId("loyalty-stamp-card")).ToContainTextAsync("Kahve kartı: 2/5 damga");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>A store with a till and a 50 TL coffee in the "Kahve" category; returns the category the stamp card targets.</summary>
    private async Task<Guid> SeedShopAsync(string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>();
        Guid tenantId;
        await using (var lookup = await factory.CreateDbContextAsync())
        {
            tenantId = await lookup.Set<Tenant>().Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
        }

        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        await using var db = await factory.CreateDbContextAsync();
        var store = new Store("IST02", "Karaköy Şubesi", "İstanbul", "Beyoğlu");
        var category = new Category("Kahve", null);
        var latte = new Product(new ProductDraft("8692222222224", "KHV1", "Latte", category.Id, null, null, 50_00, 20_00, ProductUnit.Piece, null, null, []), DateTime.UtcNow);
        db.AddRange(store, new Till(store.Id, "01"), category, latte);
        await db.SaveChangesAsync();
        return category.Id;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class LoyaltyPromotionsJourney_Sqlite(SqliteBrowserApp app) : LoyaltyPromotionsJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class LoyaltyPromotionsJourney_Postgres(PostgresBrowserApp app) : LoyaltyPromotionsJourney(app), IClassFixture<PostgresBrowserApp>;
