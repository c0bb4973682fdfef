using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.ConsentTests;

/// <summary>A business with one customer and helpers for /api/v1/customers/{id}/consents.</summary>
internal sealed class ConsentApi(MuhtarAppFactory app, CustomerApi api, Guid customerId)
{
    public CustomerApi Api { get; } = api;

    public Guid CustomerId { get; } = customerId;

    public HttpClient Client => Api.Client;

    public string Url => $"/api/v1/customers/{CustomerId}/consents";

    public static async Task<ConsentApi> NewAsync(MuhtarAppFactory app, object? customer = null)
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(customer ?? new
        {
            kind = "person",
            firstName = "Zeynep",
            lastName = "Kaya",
            phone = "0532 111 22 33",
            email = "zeynep@example.com",
        });
        return new ConsentApi(app, api, id);
    }

    public Task<HttpResponseMessage> PostAsync(object body) => Client.PostAsJsonAsync(Url, body);

    public async Task<JsonElement> RecordAsync(string channel, string status, DateTimeOffset decidedAt, string source = "shop", string? evidence = null)
    {
        var response = await PostAsync(new { channel, status, source, decidedAt, evidence });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await CustomerApi.Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> GetAsync() => Api.GetJsonAsync(Url);

    public async Task<string?> CurrentAsync(string channel) =>
        (await GetAsync()).GetProperty("current").EnumerateArray()
            .Single(c => c.GetProperty("channel").GetString() == channel).GetProperty("status").GetString();

    public async Task<List<JsonElement>> HistoryAsync() => (await GetAsync()).GetProperty("history").EnumerateArray().ToList();

    /// <summary>A DI scope acting for this business, for extension points no HTTP endpoint reaches yet (merge, erasure).</summary>
    public AsyncServiceScope Scope()
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Api.TenantId, null, "tests");
        return scope;
    }
}
