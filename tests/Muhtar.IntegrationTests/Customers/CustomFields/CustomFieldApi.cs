using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;

namespace Muhtar.IntegrationTests.CustomerTests.CustomFields;

/// <summary>Helpers for /api/v1/custom-fields over a <see cref="CustomerApi"/>.</summary>
internal static class CustomFieldApi
{
    public static async Task<JsonElement> DefineAsync(this CustomerApi api, object body)
    {
        var response = await api.Client.PostAsJsonAsync("/api/v1/custom-fields", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await CustomerApi.Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The customFields object of a customer as the API shows it.</summary>
    public static async Task<JsonElement> CustomFieldsOfAsync(this CustomerApi api, Guid id) =>
        (await api.GetJsonAsync($"/api/v1/customers/{id}")).GetProperty("customFields");

    /// <summary>The ids of the customers the list returns for a query string, in name order.</summary>
    public static async Task<List<Guid>> ListIdsAsync(this CustomerApi api, string query) =>
        CustomerApi.Ids(await api.GetJsonAsync("/api/v1/customers?pageSize=200&" + query));
}
