using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Infrastructure;

/// <summary>A business made for one test: its owner, an all-scopes API key, and users of any role on demand.</summary>
public sealed partial class TestTenant(MuhtarAppFactory app, Guid id, string slug, string ownerEmail, string apiKey)
{
    public const string Password = "Test.Passw0rd!";

    public Guid Id { get; } = id;

    public string Slug { get; } = slug;

    public string OwnerEmail { get; } = ownerEmail;

    public string ApiKey { get; } = apiKey;

    /// <summary>A client calling the API with this business's key (all scopes).</summary>
    public HttpClient Api { get; } = CreateApiClient(app, apiKey);

    public static HttpClient CreateApiClient(MuhtarAppFactory app, string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Creates a user with <paramref name="role"/> in this business and signs them in through the real login form.</summary>
    public async Task<HttpClient> LoginAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Id, null, "tests");
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateUserAsync(email, "Test " + role, role, Password);
        }

        return await SignInAsync(app, email, Password);
    }

    /// <summary>Posts the login form like a browser: GET the page, keep its hidden fields (antiforgery, handler), add credentials.</summary>
    public static async Task<HttpClient> SignInAsync(MuhtarAppFactory app, string email, string password)
    {
        var client = app.CreateBrowserlikeClient();
        var page = await client.GetStringAsync("/account/login");
        var fields = HiddenInputs().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["email"] = email;
        fields["password"] = password;
        fields["returnUrl"] = "/";
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.TryGetValues("Set-Cookie", out _))
        {
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInputs();
}
