using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Ledger;

/// <summary>Small calls the credit-book tests share: create a customer, post an entry, read JSON with an expected status.</summary>
internal static class CreditBookApi
{
    public static async Task<Guid> CustomerAsync(TestTenant tenant, string firstName, string phone, string? gender = null)
    {
        using var json = await JsonAsync(
            await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName, lastName = "Yılmaz", phone, gender }), HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> PostAsync(TestTenant tenant, object body)
    {
        using var json = await JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/credit-book/entries", body), HttpStatusCode.Created);
        return json.RootElement.Clone();
    }

    public static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
