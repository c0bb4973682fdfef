using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// A new business's first day in a real browser: sign up, log out and in, add a customer, find them by
/// phone and by name, see the audit trail, invite a technician who is refused the users page, and check
/// the main pages with axe-core at desktop and phone width.
/// </summary>
public abstract partial class FirstDayJourney(BrowserApp app)
{
    private const string Password = "Kuafor.Ayse.2026";

    [Fact]
    public async Task Owner_signs_up_adds_a_customer_finds_them_and_sees_the_audit_trail()
    {
        var slug = "ayse" + Guid.NewGuid().ToString("N")[..6];
        var email = $"{slug}@example.com";
        var page = await app.NewPageAsync();

        await page.SignUpAsync("Kuaför Ayşe " + slug, slug, "Ayşe Demir", email, Password);
        await LogOutAsync(page);
        await LogInAsync(page, email, Password);

        var customerUrl = await CreateCustomerAsync(page, "Ahmet", "Yılmaz", "0532 123 45 67");
        await Expect(page.GetByTestId("customer-phone")).ToContainTextAsync("532");

        await SearchAsync(page, "+90 532 1234567");
        await Expect(page.GetByTestId("customer-row").Filter(new() { HasText = "Ahmet Yılmaz" })).ToHaveCountAsync(1);
        await SearchAsync(page, "AHMET");
        await Expect(page.GetByTestId("customer-row").Filter(new() { HasText = "Ahmet Yılmaz" })).ToHaveCountAsync(1);

        await page.GotoInteractiveAsync(customerUrl + "/edit");
        await page.Locator("#email").FillAsync("ahmet@example.com");
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        var emailChange = page.GetByTestId("audit-entry").Filter(new() { HasText = "ahmet@example.com" });
        await Expect(emailChange).ToHaveCountAsync(1);
        await Expect(emailChange.GetByTestId("audit-actor")).ToContainTextAsync(email);
    }

    [Fact]
    public async Task A_duplicate_phone_in_another_format_is_refused_next_to_the_field_with_a_link()
    {
        var page = await app.NewPageAsync();
        var slug = "dup" + Guid.NewGuid().ToString("N")[..6];
        await page.SignUpAsync("Kuaför Ayşe " + slug, slug, "Ayşe Demir", $"{slug}@example.com", Password);
        var first = await CreateCustomerAsync(page, "Ayşe", "Kaya", "0533 765 43 21");

        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync("Ayse");
        await page.Locator("#lastName").FillAsync("KAYA");
        await page.Locator("#phone").FillAsync("+90 (533) 765-4321");
        await page.GetByTestId("save-customer").ClickAsync();

        var link = page.GetByTestId("existing-customer-link");
        await Expect(link).ToBeVisibleAsync();
        Assert.EndsWith(new Uri(first).AbsolutePath, await link.GetAttributeAsync("href") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invited_technician_is_refused_the_users_page()
    {
        var owner = await app.NewPageAsync();
        var slug = "tech" + Guid.NewGuid().ToString("N")[..6];
        await owner.SignUpAsync("Kuaför Ayşe " + slug, slug, "Ayşe Demir", $"{slug}@example.com", Password);
        await owner.GotoInteractiveAsync("/settings/users");
        var technicianEmail = $"teknisyen{Guid.NewGuid():N}@example.com";
        await owner.Locator("#invite-email").FillAsync(technicianEmail);
        await owner.Locator("#invite-name").FillAsync("Burak Arslan");
        await owner.Locator("#invite-role").SelectOptionAsync("Technician");
        await owner.GetByTestId("invite-submit").ClickAsync();
        var link = await owner.GetByTestId("invite-link").InputValueAsync();

        var technician = await app.NewPageAsync(width: 360, height: 740);
        await technician.GotoAsync(new Uri(link).PathAndQuery);
        await technician.Locator("#password").FillAsync(Password);
        await technician.GetByTestId("accept-submit").ClickAsync();
        await technician.WaitForPageAsync(new Regex("/$"));

        await technician.GotoAsync("/settings/users");
        await Expect(technician.GetByTestId("forbidden")).ToBeVisibleAsync();
        await Expect(technician.GetByTestId("users-table")).ToHaveCountAsync(0);

        // At phone width the long e-mail is not squeezed into the header: the account menu shows it whole.
        await technician.GetByTestId("user-menu").ClickAsync();
        await Expect(technician.GetByTestId("user-name")).ToHaveTextAsync(technicianEmail);
        await Expect(technician.GetByTestId("user-name")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Main_pages_have_no_serious_accessibility_violations_on_desktop_and_phone()
    {
        var slug = "axe" + Guid.NewGuid().ToString("N")[..6];
        var email = $"{slug}@example.com";
        var anonymous = await app.NewPageAsync();
        var violations = new List<string>();
        foreach (var path in new[] { "/account/login", "/account/signup" })
        {
            await anonymous.GotoAsync(path);
            violations.AddRange(await anonymous.SeriousAccessibilityViolationsAsync());
        }

        foreach (var width in new[] { 1280, 360 })
        {
            var page = await app.NewPageAsync(width: width, height: 800);
            if (width == 1280)
            {
                await page.SignUpAsync("Kuaför Ayşe " + slug, slug, "Ayşe Demir", email, Password);
            }
            else
            {
                await LogInAsync(page, email, Password);
            }

            var customer = width == 1280 ? await CreateCustomerAsync(page, "Şükrü", "Öztürk", "0542 111 22 33") : null;
            foreach (var path in new[] { "/", "/customers", "/customers/new", "/settings/users", "/settings/api-keys" })
            {
                await page.GotoInteractiveAsync(path);
                violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
            }

            if (customer is not null)
            {
                await page.GotoInteractiveAsync(customer);
                violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task LogOutAsync(IPage page)
    {
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("logout").ClickAsync();
        await page.WaitForPageAsync(new Regex("/account/login"));
    }

    private static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForPageAsync(new Regex("/$"));
    }

    /// <summary>Creates a person through the form and returns the detail page's URL.</summary>
    private static async Task<string> CreateCustomerAsync(IPage page, string firstName, string lastName, string phone)
    {
        await page.GotoInteractiveAsync("/customers/new");
        await page.Locator("#firstName").FillAsync(firstName);
        await page.Locator("#lastName").FillAsync(lastName);
        await page.Locator("#phone").FillAsync(phone);
        await page.GetByTestId("save-customer").ClickAsync();
        await page.WaitForPageAsync(new Regex("/customers/[0-9a-f-]{36}$"));
        return page.Url;
    }

    private static async Task SearchAsync(IPage page, string term)
    {
        await page.GotoInteractiveAsync("/customers");
        await page.GetByTestId("customer-search").FillAsync(term);
    }
}

public sealed class FirstDayJourney_Sqlite(SqliteBrowserApp app) : FirstDayJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class FirstDayJourney_Postgres(PostgresBrowserApp app) : FirstDayJourney(app), IClassFixture<PostgresBrowserApp>;
