using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Muhtar.IntegrationTests.Identity;

internal static class Problems
{
    /// <summary>Asserts an RFC 7807 answer with <paramref name="status"/>, naming <paramref name="field"/> when given.</summary>
    public static async Task AssertAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            using var doc = JsonDocument.Parse(body);
            Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors.{field} in {body}");
        }
    }

    /// <summary>Where a redirect points, as a local path and query whether the header is absolute or not.</summary>
    public static string? RedirectPath(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.OriginalString;

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
