using System.Net;
using System.Net.Http.Json;
using Muhtar.IntegrationTests.Identity;
using Muhtar.Integrations.Webhooks;

namespace Muhtar.IntegrationTests.Integrations;

/// <summary>
/// With production settings (no loopback switch) the guard also holds at connect time: a name that looked
/// public when registered but resolves to 127.0.0.1 now (DNS rebinding) gets no request.
/// </summary>
public sealed class WebhookConnectGuardTests(WebhookDefaultApp app) : IClassFixture<WebhookDefaultApp>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_loopback_receiver_is_refused_at_connect_time_by_default()
    {
        var tenant = await app.CreateTenantAsync();
        await Problems.AssertAsync(
            await tenant.Api.PostAsJsonAsync("/api/v1/webhooks", new { url = _receiver.Url, events = new[] { "customer.created" } }),
            HttpStatusCode.UnprocessableEntity, "url");

        // hooks.rebind.example answers with a public address at registration and with 127.0.0.1 when we connect.
        var host = $"hooks-{Guid.NewGuid():N}.rebind.example";
        app.Dns[host] = [IPAddress.Parse("93.184.216.34")];
        var webhook = await WebhookDeliveryTests.CreateWebhookAsync(tenant, $"http://{host}:{_receiver.Port}/hooks", "customer.created");
        app.Dns[host] = [IPAddress.Loopback];

        await WebhookDeliveryTests.CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();

        Assert.Empty(_receiver.Requests);
        var delivery = Assert.Single(await WebhookDeliveryTests.DeliveriesAsync(tenant, webhook));
        Assert.Equal("failed", delivery.GetProperty("status").GetString()); // not retried: the address will not become public
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Contains("not a public address", delivery.GetProperty("lastResponse").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_one_private_address_among_public_ones_is_refused()
    {
        var tenant = await app.CreateTenantAsync();
        var host = $"hooks-{Guid.NewGuid():N}.mixed.example";
        app.Dns[host] = [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("::ffff:127.0.0.1")];
        var webhook = await WebhookDeliveryTests.CreateWebhookAsync(tenant, $"http://{host}:{_receiver.Port}/hooks", "customer.created");

        await WebhookDeliveryTests.CreateCustomerAsync(tenant);
        await app.DrainJobsAsync();

        Assert.Empty(_receiver.Requests);
        Assert.Equal("failed", Assert.Single(await WebhookDeliveryTests.DeliveriesAsync(tenant, webhook)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_webhook_http_stack_refuses_loopback_literals_and_follows_no_redirects()
    {
        using var guarded = new HttpClient(WebhookHttp.CreateHandler(new SystemDnsResolver(), allowLoopback: false));
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => guarded.PostAsync(_receiver.Url, new StringContent("{}")));
        Assert.Contains(Chain(refused), e => e is WebhookAddressRefusedException);
        Assert.Empty(_receiver.Requests);

        using var testing = new HttpClient(WebhookHttp.CreateHandler(new SystemDnsResolver(), allowLoopback: true));
        _receiver.Answers.Enqueue(302);
        var redirect = await testing.PostAsync(_receiver.Url, new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/elsewhere", redirect.Headers.Location?.OriginalString);
        Assert.Single(_receiver.Requests);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }
}
