using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.CustomerTests.Support;

/// <summary>A business of its own per test, reached over HTTP with an API key, plus JSON helpers for /api/v1/customers.</summary>
internal sealed class CustomerApi(Guid tenantId, HttpClient client)
{
    public Guid TenantId { get; } = tenantId;

    public HttpClient Client { get; } = client;

    /// <summary>A new business (the shared fixture's); with <paramref name="scopes"/>, a key limited to them instead of the all-scopes one.</summary>
    public static async Task<CustomerApi> NewTenantAsync(MuhtarAppFactory app, params string[] scopes)
    {
        var tenant = await app.CreateTenantAsync();
        if (scopes.Length == 0)
        {
            return new CustomerApi(tenant.Id, tenant.Api);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(tenant.Id, "limited", scopes);
        return new CustomerApi(tenant.Id, TestTenant.CreateApiClient(app, key.Key));
    }

    public async Task<JsonElement> CreateAsync(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/customers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<Guid> CreateIdAsync(object body) => (await CreateAsync(body)).GetProperty("id").GetGuid();

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The ids a list call returns, in order.</summary>
    public async Task<List<Guid>> SearchAsync(string search) =>
        Ids(await GetJsonAsync("/api/v1/customers?search=" + Uri.EscapeDataString(search)));

    public Task<HttpResponseMessage> PatchAsync(Guid id, string json) =>
        Client.PatchAsync($"/api/v1/customers/{id}", new StringContent(json, Encoding.UTF8, "application/merge-patch+json"));

    public static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    public static List<string> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()!).ToList();

    public static async Task<string> Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
}
