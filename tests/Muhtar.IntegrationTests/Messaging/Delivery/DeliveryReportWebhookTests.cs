using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Messaging.Channels;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;
using Muhtar.IntegrationTests.Messaging.Stubs;

namespace Muhtar.IntegrationTests.Messaging.Delivery;

/// <summary>
/// I4 end to end: a message leaves through the real WhatsApp adapter to a stub Graph API over HTTP, and the
/// statuses Meta pushes to the channel's webhook move it forward, never back; a forged push changes nothing.
/// </summary>
public abstract class DeliveryReportWebhookTests(MuhtarAppFactory app) : IAsyncLifetime
{
    private const string AppSecret = "meta-app-secret-delivery";
    private StubHttpServer? _graph;

    private StubHttpServer Graph => _graph!;

    public async Task InitializeAsync() => _graph = await StubHttpServer.StartAsync();

    public async Task DisposeAsync() => await Graph.DisposeAsync();

    [Fact]
    public async Task WhatsApp_statuses_pushed_to_the_webhook_move_the_message_to_delivered_and_read_and_never_back()
    {
        var shop = await ChannelsApi.NewAsync(app);
        var saved = await shop.PutAsync("whatsapp", new
        {
            provider = "whatsapp",
            settings = new { phoneNumberId = "123456789012345", accessToken = "EAAG-test-token", appSecret = AppSecret, baseUrl = Graph.BaseUrl },
        });
        Assert.True(saved.IsSuccessStatusCode, await ChannelsApi.Describe(saved));
        var webhook = new Uri((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhookUrl").GetString()!).PathAndQuery;
        var created = await shop.Client.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName = "Zeynep", lastName = "Kaya", phone = "0532 765 43 21" });
        var customerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var queued = await shop.Client.PostAsJsonAsync($"/api/v1/customers/{customerId}/messages", new { channel = "whatsapp", body = "Siparişiniz hazır." });
        Assert.Equal(HttpStatusCode.Created, queued.StatusCode);
        var messageId = (await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await OutboxAppSetup.SendDueAsync(app.Services);
        var call = Assert.Single(Graph.Requests, r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Contains(messageId.ToString(), call.BodyText, StringComparison.Ordinal);
        Assert.Equal("sent", await StatusAsync(shop, messageId));

        var delivered = ProviderPushes.WhatsAppStatus("wamid.DELIVERY1", messageId, "delivered", recipient: "905327654321");
        var forged = await PushAsync(webhook, delivered, ProviderPushes.WhatsAppSignature(delivered, "not-meta"));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("sent", await StatusAsync(shop, messageId));

        Assert.Equal(HttpStatusCode.OK, (await PushAsync(webhook, delivered, ProviderPushes.WhatsAppSignature(delivered, AppSecret))).StatusCode);
        Assert.Equal("delivered", await StatusAsync(shop, messageId));

        var read = ProviderPushes.WhatsAppStatus("wamid.DELIVERY1", messageId, "read", unixTime: 1795000100, recipient: "905327654321");
        Assert.Equal(HttpStatusCode.OK, (await PushAsync(webhook, read, ProviderPushes.WhatsAppSignature(read, AppSecret))).StatusCode);
        Assert.Equal("read", await StatusAsync(shop, messageId));

        // Meta retries pushes and they arrive out of order: a late "delivered" must not undo "read".
        Assert.Equal(HttpStatusCode.OK, (await PushAsync(webhook, delivered, ProviderPushes.WhatsAppSignature(delivered, AppSecret))).StatusCode);
        Assert.Equal("read", await StatusAsync(shop, messageId));
        var timeline = await shop.Client.GetStringAsync($"/api/v1/customers/{customerId}/timeline");
        Assert.Contains($"message:{messageId}", timeline, StringComparison.Ordinal);
    }

    private static async Task<string?> StatusAsync(ChannelsApi shop, Guid messageId) =>
        (await shop.Client.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{messageId}")).GetProperty("status").GetString();

    private async Task<HttpResponseMessage> PushAsync(string pathAndQuery, byte[] body, string signature)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = content };
        request.Headers.Add("X-Hub-Signature-256", signature);
        return await app.CreateClient().SendAsync(request);
    }
}

public sealed class DeliveryReportWebhookTests_Sqlite(SqliteApp app) : DeliveryReportWebhookTests(app), IClassFixture<SqliteApp>;

public sealed class DeliveryReportWebhookTests_Postgres(PostgresApp app) : DeliveryReportWebhookTests(app), IClassFixture<PostgresApp>;
