using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;
using Muhtar.IntegrationTests.Messaging.Stubs;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// L2 and L4 on a 360 px phone, with the app's sending workers running against a stub SMS gateway: a tailor
/// receives a jacket for a new customer by phone, sees the order number, prints the paper ticket, marks the
/// order ready (exactly one "ready" SMS leaves, also after more taps) and hands it over.
/// </summary>
public abstract class WorkOrderJourney(BrowserApp app)
{
    private const string Password = "Terzi.Usta-2026";

    [Fact]
    public async Task A_tailor_receives_an_order_prints_its_ticket_and_the_customer_gets_one_ready_sms()
    {
        await using var gateway = await StubHttpServer.StartAsync();
        gateway.Set(ProviderReplies.IletiMerkezi.SendPath, ProviderReplies.IletiMerkezi.Accepted("204525848"));
        var slug = "terzi" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 360, height: 800);
        await page.SignUpAsync("Terzi " + slug, slug, "Mehmet Usta", $"{slug}@example.com", Password);
        var violations = new List<string>();
        await SetUpSmsAsync(page, gateway.BaseUrl);

        await page.GotoInteractiveAsync("/work-orders/new");
        await page.GetByTestId("wo-phone").FillAsync("0532 765 43 21");
        await page.GetByTestId("wo-first-name").FillAsync("Deniz");
        await page.GetByTestId("wo-last-name").FillAsync("Ergün");
        await page.GetByTestId("wo-description").FillAsync("Ceket kol kısaltma");
        await page.GetByTestId("wo-price").FillAsync("abc");
        await page.GetByTestId("wo-receive").ClickAsync();
        await Expect(page.GetByTestId("error-price")).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GetByTestId("wo-price").FillAsync("450");
        await page.GetByTestId("wo-receive").ClickAsync();
        await page.WaitForPageAsync(new Regex("/work-orders/[0-9a-f-]{36}\\?new=1$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("wo-number")).ToHaveTextAsync("1001");
        await Expect(page.GetByTestId("wo-customer")).ToHaveTextAsync("Deniz Ergün");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
        var orderUrl = new Uri(page.Url).AbsolutePath;

        await page.GetByTestId("wo-print-link").ClickAsync();
        await page.WaitForPageAsync(new Regex("/work-orders/[0-9a-f-]{36}/ticket$"));
        await Expect(page.GetByTestId("wo-ticket-number")).ToHaveTextAsync("1001");
        await Expect(page.GetByTestId("wo-ticket-business")).ToHaveTextAsync("Terzi " + slug);
        await Expect(page.GetByTestId("wo-ticket-price")).ToContainTextAsync("450,00");
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        await page.GotoInteractiveAsync(orderUrl);
        await page.GetByTestId("wo-move-ready").ClickAsync();
        await Expect(page.GetByTestId("wo-status")).ToHaveTextAsync("Hazır");
        await Expect(page.GetByTestId("wo-move-ready")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("wo-move-in-progress")).ToHaveCountAsync(0);

        // "Received" and "ready" both leave; the provider's JSON escapes Turkish letters, so ASCII parts are compared.
        var sent = await gateway.WaitForAsync(r => r.Path == ProviderReplies.IletiMerkezi.SendPath, count: 2, timeout: TimeSpan.FromSeconds(60));
        Assert.Equal(2, sent.Count);
        Assert.Single(sent, r => r.BodyText.Contains("teslim alabilirsiniz", StringComparison.Ordinal));
        Assert.Single(sent, r => r.BodyText.Contains("1001", StringComparison.Ordinal) && r.BodyText.Contains("teslim tarihi", StringComparison.Ordinal));

        await page.GetByTestId("wo-move-delivered").ClickAsync();
        await Expect(page.GetByTestId("wo-status")).ToHaveTextAsync("Teslim edildi");
        await Expect(page.Locator("[data-testid^=wo-move-]")).ToHaveCountAsync(0);
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());

        // Delivering sends nothing more, and the list no longer shows the order among the open ones.
        await page.GotoInteractiveAsync("/work-orders");
        await Expect(page.GetByTestId("workorders-empty")).ToBeVisibleAsync();
        violations.AddRange(await page.SeriousAccessibilityViolationsAsync());
        Assert.Equal(2, gateway.RequestsTo(ProviderReplies.IletiMerkezi.SendPath).Count);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task SetUpSmsAsync(IPage page, string gatewayUrl)
    {
        await page.GotoInteractiveAsync("/settings/messaging");
        var sms = page.GetByTestId("channel-sms");
        await sms.GetByTestId("sms-provider").SelectOptionAsync("iletimerkezi");
        await sms.GetByTestId("sms-apiKey").FillAsync("im-api-key-1");
        await sms.GetByTestId("sms-apiHash").FillAsync("im-api-hash-secret");
        await sms.GetByTestId("sms-sender").FillAsync("TERZI");
        await sms.GetByTestId("sms-baseUrl").FillAsync(gatewayUrl);
        await sms.GetByTestId("sms-save").ClickAsync();
        await Expect(sms.GetByTestId("sms-status")).ToHaveTextAsync("Açık · İleti Merkezi");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class WorkOrderJourney_Sqlite(SqliteBrowserApp app) : WorkOrderJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class WorkOrderJourney_Postgres(PostgresBrowserApp app) : WorkOrderJourney(app), IClassFixture<PostgresBrowserApp>;
