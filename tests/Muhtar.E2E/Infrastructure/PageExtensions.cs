using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Muhtar.E2E.Infrastructure;

public static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is connected, so typing is not lost to the prerendered page.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Signs up a new business through the sign-up page and waits on the start page, signed in as its owner.</summary>
    public static async Task SignUpAsync(this IPage page, string businessName, string slug, string ownerName, string email, string password)
    {
        await page.GotoAsync("/account/signup");
        await page.Locator("#businessName").FillAsync(businessName);
        await page.Locator("#slug").FillAsync(slug);
        await page.Locator("#ownerName").FillAsync(ownerName);
        await page.Locator("#ownerEmail").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("signup-submit").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        await page.WaitForInteractiveAsync();
    }

    public static async Task GotoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Serious and critical axe-core violations on the current page, described for an assertion message.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }
}
