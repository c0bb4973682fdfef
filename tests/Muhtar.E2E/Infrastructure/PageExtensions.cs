using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Muhtar.E2E.Infrastructure;

public static class PageExtensions
{
    private static readonly ConditionalWeakTable<IPage, BrowserApp> Apps = new();
    private static readonly ConditionalWeakTable<IPage, ConcurrentQueue<string>> BrowserLogs = new();

    /// <summary>Remembers the page's app, and what the browser saw: navigations, console errors and warnings.</summary>
    internal static void Attach(IPage page, BrowserApp app)
    {
        Apps.AddOrUpdate(page, app);
        var log = new ConcurrentQueue<string>();
        BrowserLogs.AddOrUpdate(page, log);
        page.FrameNavigated += (_, frame) =>
        {
            if (frame.ParentFrame is null)
            {
                log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} navigated {frame.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} console {message.Type}: {message.Text}");
            }
        };
    }

    /// <summary>
    /// Waits for the URL a step leads to. On a timeout the failure says where the page is, which field
    /// messages and alerts it shows, whether Blazor's error bar is up, and what the server logged as errors.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page, Regex url) => ExplainTimeoutAsync(page, () => page.WaitForURLAsync(url));

    /// <inheritdoc cref="WaitForPageAsync(IPage, Regex)"/>
    public static Task WaitForPageAsync(this IPage page, string urlGlob) => ExplainTimeoutAsync(page, () => page.WaitForURLAsync(urlGlob));

    private static async Task ExplainTimeoutAsync(IPage page, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}\n{await DescribeAsync(page)}", timeout);
        }
    }

    private static async Task<string> DescribeAsync(IPage page)
    {
        var shown = await page.Locator(".validation-message, [role=alert], .alert, #blazor-error-ui:visible").AllInnerTextsAsync();
        var errors = Apps.TryGetValue(page, out var app) ? app.ServerErrors.Errors.TakeLast(8) : [];
        var browser = BrowserLogs.TryGetValue(page, out var log) ? log.TakeLast(8) : [];
        return $"{DateTime.UtcNow:HH:mm:ss.fff} page: {page.Url}\nshown: {string.Join(" | ", shown.Where(t => !string.IsNullOrWhiteSpace(t)))}"
            + $"\nbrowser:\n{string.Join("\n", browser)}\nserver errors:\n{string.Join("\n", errors)}";
    }

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
        await page.WaitForPageAsync(new Regex("/$"));
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
