using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.IntegrationTests.Messaging.Channels;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.IntegrationTests.Privacy;

namespace Muhtar.IntegrationTests.Messaging.Inbound;

/// <summary>
/// I4 inbound, C7: replies pushed to /api/v1/webhooks/messaging/{key} are checked first, stored once, attached to the
/// customer, and "İPTAL"-style replies record RET for the channel at once, only in the business the key belongs to.
/// </summary>
public abstract class InboundWebhookTests(MuhtarAppFactory app)
{
    private const string Phone = "0532 444 55 66";
    private const string E164 = "+905324445566";

    [Fact]
    public async Task A_signed_reply_is_stored_attached_to_the_customer_and_shown_on_the_timeline()
    {
        var shop = await ShopAsync();
        var customerId = await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "Elif", lastName = "Şahin", phone = Phone });

        var response = await shop.PushAsync(SignedTestWebhook.Reply(E164, "Yarın 10'da gelebilir miyim?", "in-1"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await ChannelsApi.Describe(response));
        var inbox = await shop.Customers.GetJsonAsync("/api/v1/messaging/inbound");
        var item = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal("Yarın 10'da gelebilir miyim?", item.GetProperty("text").GetString());
        Assert.Equal(customerId, item.GetProperty("customerId").GetGuid());
        Assert.Equal("Elif Şahin", item.GetProperty("customerName").GetString());
        Assert.Equal(E164, item.GetProperty("from").GetString());
        Assert.False(item.GetProperty("isOptOut").GetBoolean());

        var timeline = await shop.Customers.GetJsonAsync($"/api/v1/customers/{customerId}/timeline");
        var entry = Assert.Single(timeline.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "message-inbound");
        Assert.Equal("Yarın 10'da gelebilir miyim?", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_reply_with_a_bad_signature_is_refused_and_nothing_is_stored()
    {
        var shop = await ShopAsync();
        await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "Elif", phone = Phone });
        var body = SignedTestWebhook.Reply(E164, "İPTAL", "in-forged");

        var forged = await shop.PushAsync(body, signature: SignedTestWebhook.Sign(body, "not-the-secret"));
        var unsigned = await shop.PushAsync(body, signature: "");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(0, (await shop.Customers.GetJsonAsync("/api/v1/messaging/inbound")).GetProperty("total").GetInt32());
        Assert.Null(await shop.SmsConsentAsync());
    }

    [Fact]
    public async Task A_replayed_reply_is_stored_once()
    {
        var shop = await ShopAsync();
        var body = SignedTestWebhook.Reply(E164, "Teşekkürler", "in-replayed");

        var first = await (await shop.PushAsync(body)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await shop.PushAsync(body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, first.GetProperty("repliesStored").GetInt32());
        Assert.Equal(0, again.GetProperty("repliesStored").GetInt32());
        var inbox = await shop.Customers.GetJsonAsync("/api/v1/messaging/inbound");
        Assert.Equal(1, inbox.GetProperty("total").GetInt32());
        // Unknown sender: kept, attached to nobody.
        Assert.Equal(JsonValueKind.Null, inbox.GetProperty("items")[0].GetProperty("customerId").ValueKind);
    }

    [Fact]
    public async Task Iptal_from_a_known_customer_records_RET_for_that_channel_at_once()
    {
        var shop = await ShopAsync();
        var customerId = await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "Elif", phone = Phone });
        shop.CustomerId = customerId;
        await shop.Customers.Client.PostAsJsonAsync($"/api/v1/customers/{customerId}/consents", new
        {
            decisions = new object[]
            {
                new { channel = "sms", status = "approved", source = "shop", decidedAt = app.Clock.GetUtcNow().AddDays(-10) },
                new { channel = "whatsapp", status = "approved", source = "shop", decidedAt = app.Clock.GetUtcNow().AddDays(-10) },
            },
        });

        await shop.PushAsync(SignedTestWebhook.Reply("05324445566", "İptal", "in-optout-1"));

        var sms = await shop.SmsConsentAsync();
        Assert.Equal("refused", sms!.Value.GetProperty("status").GetString());
        Assert.Equal("reply", sms.Value.GetProperty("source").GetString());
        Assert.Contains("İptal", sms.Value.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Contains("in-optout-1", sms.Value.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal("approved", (await shop.ConsentAsync("whatsapp"))!.Value.GetProperty("status").GetString());
        var item = (await shop.Customers.GetJsonAsync("/api/v1/messaging/inbound?optOut=true")).GetProperty("items")[0];
        Assert.True(item.GetProperty("isOptOut").GetBoolean());
    }

    [Fact]
    public async Task A_webhook_key_of_one_business_never_touches_another()
    {
        var a = await ShopAsync();
        var b = await ShopAsync();
        var inA = await a.Customers.CreateIdAsync(new { kind = "person", firstName = "Ayşe", phone = Phone });
        var inB = await b.Customers.CreateIdAsync(new { kind = "person", firstName = "Ayşe", phone = Phone });
        a.CustomerId = inA;
        b.CustomerId = inB;

        // Signed with A's secret to A's URL: only A hears it.
        await a.PushAsync(SignedTestWebhook.Reply(E164, "STOP", "in-cross"));
        // A's signature is worthless at B's URL.
        var body = SignedTestWebhook.Reply(E164, "RET", "in-cross-2");
        var atB = await b.PushAsync(body, signature: SignedTestWebhook.Sign(body, a.Secret));

        Assert.Equal(HttpStatusCode.Unauthorized, atB.StatusCode);
        Assert.Equal("refused", (await a.SmsConsentAsync())!.Value.GetProperty("status").GetString());
        Assert.Null(await b.SmsConsentAsync());
        Assert.Equal(0, (await b.Customers.GetJsonAsync("/api/v1/messaging/inbound")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await a.PushAsync(body, key: "no-such-key")).StatusCode);
    }

    [Fact]
    public async Task Replies_are_part_of_the_customers_KVKK_export()
    {
        var shop = await ShopAsync();
        var customerId = await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "Elif", phone = Phone });
        await shop.PushAsync(SignedTestWebhook.Reply(E164, "Adresim değişti", "in-export"));
        var request = await PrivacyApi.CreateAsync(shop.Customers.Client, new { customerId, type = "export", channel = "email", requestedOn = PrivacyApi.Today(app) });

        var export = await shop.Customers.GetJsonAsync($"/api/v1/privacy/requests/{request.GetProperty("id")}/export?format=json");

        var reply = Assert.Single(export.GetProperty("sections").GetProperty("inboundMessages").EnumerateArray());
        Assert.Equal("Adresim değişti", reply.GetProperty("text").GetString());
        Assert.Equal(E164, reply.GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_WhatsApp_reply_signed_by_Meta_records_RET_for_WhatsApp_only_and_a_forged_one_is_refused()
    {
        var shop = await ShopAsync();
        var customerId = await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "Elif", phone = Phone });
        shop.CustomerId = customerId;
        await shop.Customers.Client.PostAsJsonAsync($"/api/v1/customers/{customerId}/consents", new
        {
            decisions = new object[]
            {
                new { channel = "sms", status = "approved", source = "shop", decidedAt = app.Clock.GetUtcNow().AddDays(-10) },
                new { channel = "whatsapp", status = "approved", source = "shop", decidedAt = app.Clock.GetUtcNow().AddDays(-10) },
            },
        });
        var saved = await shop.Customers.Client.PutAsJsonAsync("/api/v1/messaging/channels/whatsapp", new
        {
            provider = "whatsapp",
            settings = new { phoneNumberId = "123456789012345", accessToken = "EAAG-test-token", appSecret = "meta-app-secret-1" },
        });
        var channel = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(channel.GetProperty("webhookUrl").GetString()!).PathAndQuery;
        // The reply is sent now, after the approvals of ten days ago: a refusal counts from when it was made.
        var body = ProviderPushes.WhatsAppText("905324445566", "İPTAL", "wamid.OPTOUT1", app.Clock.GetUtcNow().ToUnixTimeSeconds());

        var forged = await PostAsync(url, body, ("X-Hub-Signature-256", ProviderPushes.WhatsAppSignature(body, "someone-else")));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("approved", (await shop.ConsentAsync("whatsapp"))!.Value.GetProperty("status").GetString());

        var signed = await PostAsync(url, body, ("X-Hub-Signature-256", ProviderPushes.WhatsAppSignature(body, "meta-app-secret-1")));
        Assert.True(signed.StatusCode == HttpStatusCode.OK, await ChannelsApi.Describe(signed));
        Assert.Equal("refused", (await shop.ConsentAsync("whatsapp"))!.Value.GetProperty("status").GetString());
        Assert.Equal("approved", (await shop.ConsentAsync("sms"))!.Value.GetProperty("status").GetString());
        var item = Assert.Single((await shop.Customers.GetJsonAsync("/api/v1/messaging/inbound")).GetProperty("items").EnumerateArray());
        Assert.Equal("whatsapp", item.GetProperty("channel").GetString());
        Assert.True(item.GetProperty("isOptOut").GetBoolean());
    }

    [Fact]
    public async Task WhatsApp_subscribes_the_webhook_only_with_the_channels_verify_token()
    {
        var api = await ChannelsApi.NewAsync(app);
        var saved = await api.PutAsync("whatsapp", new
        {
            provider = "whatsapp",
            settings = new { phoneNumberId = "123456789012345", accessToken = "EAAG-test-token", appSecret = "meta-app-secret-2" },
        });
        var channel = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(channel.GetProperty("webhookUrl").GetString()!).AbsolutePath;
        var token = channel.GetProperty("verifyToken").GetString();
        var client = app.CreateClient();

        var ok = await client.GetAsync($"{url}?hub.mode=subscribe&hub.verify_token={token}&hub.challenge=1158201444");
        var wrong = await client.GetAsync($"{url}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task A_Verimor_reply_proves_itself_with_the_secret_in_the_webhook_url()
    {
        var shop = await ShopAsync();
        var customerId = await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "Elif", phone = Phone });
        shop.CustomerId = customerId;
        var saved = await shop.Customers.Client.PutAsJsonAsync("/api/v1/messaging/channels/sms", new
        {
            provider = "verimor",
            settings = new { username = "908501234567", password = "verimor-parola", sourceAddr = "MUHTAR" },
        });
        var url = new Uri((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhookUrl").GetString()!);
        Assert.Contains("secret=", url.Query, StringComparison.Ordinal);
        var body = ProviderPushes.VerimorInbound("905324445566", "IPTAL", messageId: 7001);

        var withoutSecret = await PostAsync(url.AbsolutePath, body);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutSecret.StatusCode);
        Assert.Null(await shop.SmsConsentAsync());

        var withSecret = await PostAsync(url.PathAndQuery, body);
        Assert.True(withSecret.StatusCode == HttpStatusCode.OK, await ChannelsApi.Describe(withSecret));
        Assert.Equal("refused", (await shop.SmsConsentAsync())!.Value.GetProperty("status").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string pathAndQuery, byte[] body, params (string Name, string Value)[] headers)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await app.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task A_merge_moves_the_replies_to_the_surviving_customer()
    {
        var shop = await ShopAsync();
        var survivor = await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "Elif", lastName = "Şahin" });
        var twin = await shop.Customers.CreateIdAsync(new { kind = "person", firstName = "ELİF", lastName = "ŞAHİN", phone = Phone });
        await shop.PushAsync(SignedTestWebhook.Reply(E164, "Merhaba", "in-merge"));

        var merge = await shop.Customers.Client.PostAsJsonAsync("/api/v1/customers/merges", new { survivorId = survivor, mergedIds = new[] { twin } });

        Assert.True(merge.IsSuccessStatusCode, await ChannelsApi.Describe(merge));
        var item = Assert.Single((await shop.Customers.GetJsonAsync("/api/v1/messaging/inbound")).GetProperty("items").EnumerateArray());
        Assert.Equal(survivor, item.GetProperty("customerId").GetGuid());
        var timeline = await shop.Customers.GetJsonAsync($"/api/v1/customers/{survivor}/timeline");
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "message-inbound");
    }

    private async Task<Shop> ShopAsync()
    {
        var channels = await ChannelsApi.NewAsync(app);
        var saved = await channels.SaveNetgsmAsync();
        var config = await channels.ReadConfigAsync(MessageChannel.Sms);
        var key = new Uri(saved.GetProperty("webhookUrl").GetString()!).Segments[^1];
        return new Shop(app, new CustomerApi(channels.Tenant.Id, channels.Client), key, config!.WebhookSecret!);
    }

    private sealed class Shop(MuhtarAppFactory app, CustomerApi customers, string webhookKey, string secret)
    {
        public CustomerApi Customers { get; } = customers;

        public string Secret { get; } = secret;

        public Guid CustomerId { get; set; }

        /// <summary>POSTs like the provider: no credentials, the body signed unless told otherwise.</summary>
        public async Task<HttpResponseMessage> PushAsync(byte[] body, string? signature = null, string? key = null)
        {
            var client = app.CreateClient();
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhooks/messaging/{key ?? webhookKey}") { Content = content };
            request.Headers.Add(SignedTestWebhook.Header, signature ?? SignedTestWebhook.Sign(body, Secret));
            return await client.SendAsync(request);
        }

        public Task<JsonElement?> SmsConsentAsync() => ConsentAsync("sms");

        public async Task<JsonElement?> ConsentAsync(string channel)
        {
            if (CustomerId == Guid.Empty)
            {
                var list = await Customers.GetJsonAsync("/api/v1/customers");
                CustomerId = list.GetProperty("items")[0].GetProperty("id").GetGuid();
            }

            // The ledger line that counts now for the channel (history is newest first), or null when undecided.
            var consents = await Customers.GetJsonAsync($"/api/v1/customers/{CustomerId}/consents");
            var current = consents.GetProperty("current").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == channel);
            if (current.GetProperty("status").ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return consents.GetProperty("history").EnumerateArray().First(l =>
                l.GetProperty("channel").GetString() == channel && l.GetProperty("status").GetString() == current.GetProperty("status").GetString());
        }
    }
}

public sealed class InboundWebhookTests_Sqlite(InboundSqliteApp app) : InboundWebhookTests(app), IClassFixture<InboundSqliteApp>;

public sealed class InboundWebhookTests_Postgres(InboundPostgresApp app) : InboundWebhookTests(app), IClassFixture<InboundPostgresApp>;
