using Microsoft.Playwright;
using Muhtar.E2E.Infrastructure;
using Muhtar.IntegrationTests.Messaging.Stubs;

namespace Muhtar.E2E.Journeys;

/// <summary>
/// I4 in a real browser: an owner sets up SMS through Netgsm (the gateway is a stub on a real socket), is told
/// next to the field what is missing, saves, sees the password only as "••••", and sends a test message whose
/// answer from the gateway shows on the page.
/// </summary>
public abstract class MessagingChannelJourney(BrowserApp app)
{
    private const string Password = "Kanal.Ayar.2026";

    [Fact]
    public async Task An_owner_sets_up_SMS_and_sees_the_gateways_answer_to_a_test_message()
    {
        await using var gateway = await StubHttpServer.StartAsync();
        var slug = "kanal" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.SignUpAsync("Kuaför " + slug, slug, "Derya Aksoy", $"{slug}@example.com", Password);

        await page.GotoInteractiveAsync("/settings/messaging");
        var sms = page.GetByTestId("channel-sms");
        await Expect(sms.GetByTestId("sms-status")).ToHaveTextAsync("Henüz ayarlanmadı.");
        await sms.GetByTestId("sms-provider").SelectOptionAsync("netgsm");
        await sms.GetByTestId("sms-usercode").FillAsync("8503001122");
        await sms.GetByTestId("sms-msgheader").FillAsync("KUAFOR");
        await sms.GetByTestId("sms-baseUrl").FillAsync(gateway.BaseUrl);
        await sms.GetByTestId("sms-save").ClickAsync();

        // The password is missing: said next to its field, nothing saved.
        await Expect(sms.GetByTestId("sms-password-error")).ToHaveTextAsync("Bu alan zorunlu.");
        await Expect(sms.GetByTestId("sms-status")).ToHaveTextAsync("Henüz ayarlanmadı.");

        await sms.GetByTestId("sms-password").FillAsync("Netgsm.Parola-1");
        await sms.GetByTestId("sms-save").ClickAsync();

        await Expect(sms.GetByTestId("sms-saved")).ToBeVisibleAsync();
        await Expect(sms.GetByTestId("sms-status")).ToHaveTextAsync("Açık · Netgsm");
        await Expect(sms.GetByTestId("sms-password-stored")).ToHaveTextAsync("•••• (kayıtlı)");
        Assert.DoesNotContain("Netgsm.Parola-1", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());

        await sms.GetByTestId("sms-test-to").FillAsync("0532 123 45 67");
        await sms.GetByTestId("sms-test-text").FillAsync("Deneme mesajı");
        await sms.GetByTestId("sms-test-send").ClickAsync();

        var result = sms.GetByTestId("sms-test-result");
        await Expect(result).ToContainTextAsync("Kabul edildi");
        var request = Assert.Single(gateway.RequestsTo(ProviderReplies.Netgsm.SendPath));
        Assert.Contains("Deneme mesaj", request.BodyText, StringComparison.Ordinal);
        await Expect(sms.GetByTestId("sms-test-answer")).ToContainTextAsync("00");

        // After a reload the page still shows the set-up without the password.
        await page.GotoInteractiveAsync("/settings/messaging");
        await Expect(page.GetByTestId("sms-msgheader")).ToHaveValueAsync("KUAFOR");
        await Expect(page.GetByTestId("sms-password-stored")).ToBeVisibleAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

public sealed class MessagingChannelJourney_Sqlite(SqliteBrowserApp app) : MessagingChannelJourney(app), IClassFixture<SqliteBrowserApp>;

public sealed class MessagingChannelJourney_Postgres(PostgresBrowserApp app) : MessagingChannelJourney(app), IClassFixture<PostgresBrowserApp>;
