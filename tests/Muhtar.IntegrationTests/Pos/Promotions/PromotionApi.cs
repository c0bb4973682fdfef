using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Muhtar.IntegrationTests.Pos.Promotions;

/// <summary>Calls of the promotion admin API the tests share.</summary>
internal static class PromotionApi
{
    public static async Task<JsonElement> CreatePromotionAsync(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/pos/promotions", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create promotion → {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<IReadOnlyList<JsonElement>> CreateCouponsAsync(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/pos/coupons", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create coupons → {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static async Task<JsonElement> GetAsync(HttpClient api, string url)
    {
        var response = await api.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a problem response with the status and an error under <paramref name="field"/>.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {text}");
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();
}
