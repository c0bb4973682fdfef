using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Catalog;
using Muhtar.Pos.Promotions.Admin;
using Muhtar.Pos.Stores;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// P1, P2 and C5 in a real browser at phone width: a cashier finds the customer by phone in the till simulator,
/// scans two barcodes, sees the tea promotion by name, completes the sale and then sees the receipt on the
/// customer's page.
/// </summary>
public abstract class TillSimulatorJourney(BrowserApp app)
{
    private const string Password = "Kasa.Satis.2026";

    [Fact]
    public async Task A_sale_in_the_till_simulator_shows_on_the_customer_page()
    {
        var slug = "kasa" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 800);
        await page.SignUpAsync("Market " + slug, slug, "Mehmet Şahin", $"{slug}@example.com", Password);
        await SeedShopAsync(slug);

        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("Ayşe");
        await page.Locator("#lastName").FillAsync("Kaya");
        await page.Locator("#phone").FillAsync("0535 111 22 33");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        var customerUrl = page.Url;

        await page.GotoInteractiveAsync("/pos/till");
        await page.GetByTestId("till-phone").FillAsync("05351112233");
        await page.GetByTestId("till-phone").PressAsync("Enter");
        await Expect(page.GetByTestId("till-customer")).ToContainTextAsync("Ayşe Kaya");

        await page.GetByTestId("till-barcode").FillAsync("8690000000005");
        await page.GetByTestId("till-barcode").PressAsync("Enter");
        await Expect(page.GetByTestId("till-line")).ToHaveCountAsync(1);
        await page.GetByTestId("till-barcode").FillAsync("8691111111116");
        await page.GetByTestId("till-barcode").PressAsync("Enter");
        await Expect(page.GetByTestId("till-line")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("till-discount")).ToContainTextAsync("Çayda %10");
        await Expect(page.GetByTestId("till-total")).ToContainTextAsync("298,00 ₺");

        await page.GetByTestId("till-complete").ClickAsync();
        await Expect(page.GetByTestId("till-result")).ToContainTextAsync("298,00 ₺");
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync(new Uri(customerUrl).PathAndQuery);
        await Expect(page.GetByTestId("customer-receipt")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("customer-receipt")).ToContainTextAsync("298,00 ₺");
    }

    /// <summary>A store with a till, two products and 10 % off the tea for the business just signed up.</summary>
    private async Task SeedShopAsync(string slug)
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
        var store = new Store("IST01", "Kadıköy Moda Şubesi", "İstanbul", "Kadıköy");
        var category = new Category("Kahvaltılık", null);
        var now = DateTime.UtcNow;
        var tea = new Product(new ProductDraft("8691111111116", "STK3", "Işıklı Çay 1 kg", category.Id, null, null, 260_00, 190_00, ProductUnit.Piece, null, null, []), now);
        db.AddRange(store, new Till(store.Id, "01"), category, tea,
            new Product(new ProductDraft("8690000000005", "STK1", "Organik Süt 1 L", category.Id, null, null, 64_00, 45_00, ProductUnit.Piece, null, null, []), now));
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<PromotionAdmin>().CreateAsync(
            new PromotionRequest("Çayda %10", "percentOff", Target: new TargetRequest("product", tea.Id), PercentOff: 10));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class TillSimulatorJourney_Sqlite(SqliteBrowserApp app) : TillSimulatorJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class TillSimulatorJourney_Postgres(PostgresBrowserApp app) : TillSimulatorJourney(app), IClassFixture<PostgresBrowserApp>;
