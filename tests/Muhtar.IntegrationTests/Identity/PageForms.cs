using System.Net;
using System.Text.RegularExpressions;

namespace Muhtar.IntegrationTests.Identity;

/// <summary>Submits a server-rendered form like a browser: GET the page, keep its hidden fields, add the typed ones, POST.</summary>
internal static partial class PageForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, IReadOnlyDictionary<string, string> typed)
    {
        var page = await client.GetStringAsync(pageUrl);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in HiddenInputs().Matches(page))
        {
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (var (name, value) in typed)
        {
            fields[name] = value;
        }

        return await client.PostAsync(pageUrl, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> LogoutAsync(HttpClient client)
    {
        // The header's logout form carries the antiforgery token of any signed-in page.
        var page = await client.GetStringAsync("/account/access-denied");
        var token = HiddenInputs().Matches(page).First(m => m.Groups["name"].Value == "__RequestVerificationToken").Groups["value"].Value;
        return await client.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInputs();
}
