using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Channels;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Messaging.Channels;

/// <summary>A business of its own with helpers for /api/v1/messaging/channels and a look at what is really stored.</summary>
internal sealed class ChannelsApi(MuhtarAppFactory app, TestTenant tenant)
{
    public TestTenant Tenant { get; } = tenant;

    public HttpClient Client => Tenant.Api;

    public static async Task<ChannelsApi> NewAsync(MuhtarAppFactory app) => new(app, await app.CreateTenantAsync());

    public Task<HttpResponseMessage> PutAsync(string channel, object body) => Client.PutAsJsonAsync($"/api/v1/messaging/channels/{channel}", body);

    public Task<HttpResponseMessage> GetAsync(string channel) => Client.GetAsync($"/api/v1/messaging/channels/{channel}");

    public Task<HttpResponseMessage> TestAsync(string channel, object body) => Client.PostAsJsonAsync($"/api/v1/messaging/channels/{channel}/test", body);

    /// <summary>Saves a Netgsm SMS channel pointed at <paramref name="baseUrl"/> and returns the response body.</summary>
    public async Task<JsonElement> SaveNetgsmAsync(string password = "Gizli.Parola-123", string header = "MUHTAR", string? baseUrl = null, bool enabled = true)
    {
        var response = await PutAsync("sms", new
        {
            provider = "netgsm",
            enabled,
            settings = new Dictionary<string, string?>
            {
                ["usercode"] = "8503001122",
                ["password"] = password,
                ["msgheader"] = header,
                ["baseUrl"] = baseUrl,
            },
        });
        Assert.True(response.IsSuccessStatusCode, await Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The stored row as it is in the database: ciphertext and all.</summary>
    public async Task<ChannelSetup> RawAsync(MessageChannel channel)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await db.Set<ChannelSetup>().IgnoreQueryFilters([MuhtarDbContext.TenantFilter]).AsNoTracking()
            .SingleAsync(s => s.TenantId == Tenant.Id && s.Channel == channel);
    }

    /// <summary>What the outbox would get for this business (IChannelConfigReader).</summary>
    public async Task<ChannelConfig?> ReadConfigAsync(MessageChannel channel)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Id, null, "tests");
        return await scope.ServiceProvider.GetRequiredService<IChannelConfigReader>().GetAsync(channel);
    }

    public static async Task<string> Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";

    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }
}
