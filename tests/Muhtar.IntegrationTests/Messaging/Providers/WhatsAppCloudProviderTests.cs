using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.Messaging.Providers;
using Muhtar.Messaging.Providers.WhatsApp;

namespace Muhtar.IntegrationTests.Messaging.Providers;

public sealed class WhatsAppCloudProviderTests : IAsyncLifetime, IDisposable
{
    private const string PhoneNumberId = "106540352242922";
    private const string AppSecret = "meta-app-secret-42";
    private static readonly string Path = ProviderReplies.WhatsApp.SendPath(PhoneNumberId);
    private readonly ProviderTestHost _host = new();
    private StubHttpServer _stub = null!;

    public async Task InitializeAsync() => _stub = await StubHttpServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_template_message_is_posted_with_bearer_token_parameters_and_the_correlation_id_as_callback_data()
    {
        _stub.Enqueue(Path, ProviderReplies.WhatsApp.Accepted("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA"));
        var message = new ProviderMessage(
            Guid.NewGuid(), "+905321234567", "Merhaba Ayşe Hanım, randevunuz 24 Kasım 14:00.",
            TemplateName: "randevu_hatirlatma", TemplateParameters: ["Ayşe Hanım", "24 Kasım 14:00"]);

        var result = await Send(message);

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        Assert.Equal("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA", result.ProviderMessageId);
        var request = Assert.Single(_stub.RequestsTo(Path));
        Assert.Equal("POST", request.Method);
        Assert.Equal("Bearer EAAG-token", request.Header("Authorization"));
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("whatsapp", root.GetProperty("messaging_product").GetString());
        Assert.Equal("905321234567", root.GetProperty("to").GetString());
        Assert.Equal("template", root.GetProperty("type").GetString());
        Assert.Equal(message.CorrelationId.ToString(), root.GetProperty("biz_opaque_callback_data").GetString());
        var template = root.GetProperty("template");
        Assert.Equal("randevu_hatirlatma", template.GetProperty("name").GetString());
        Assert.Equal("tr", template.GetProperty("language").GetProperty("code").GetString());
        var component = Assert.Single(template.GetProperty("components").EnumerateArray());
        Assert.Equal("body", component.GetProperty("type").GetString());
        Assert.Equal(["Ayşe Hanım", "24 Kasım 14:00"], component.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Without_a_template_a_text_message_is_sent()
    {
        var result = await Send(new ProviderMessage(Guid.NewGuid(), "+905321234567", "Siparişiniz kargoda."));

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        using var body = JsonDocument.Parse(Assert.Single(_stub.RequestsTo(Path)).Body);
        Assert.Equal("text", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Siparişiniz kargoda.", body.RootElement.GetProperty("text").GetProperty("body").GetString());
    }

    [Theory]
    [InlineData(190, 401, "Rejected")] // access token expired
    [InlineData(132001, 400, "Rejected")] // template does not exist
    [InlineData(131026, 400, "Rejected")] // message undeliverable
    [InlineData(131047, 400, "Rejected")] // more than 24 hours since the customer wrote
    [InlineData(130429, 400, "RetryLater")] // throughput rate limit
    [InlineData(131056, 400, "RetryLater")] // pair rate limit
    [InlineData(131000, 500, "RetryLater")] // something went wrong
    [InlineData(4, 429, "RetryLater")] // app rate limit
    public async Task Graph_errors_are_mapped_by_their_code(int code, int status, string expected)
    {
        _stub.Enqueue(Path, ProviderReplies.WhatsApp.Error(code, status));

        var result = await Send(new ProviderMessage(Guid.NewGuid(), "+905321234567", "x", TemplateName: "t"));

        Assert.Equal(Enum.Parse<ProviderSendOutcome>(expected), result.Outcome);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Answer);
    }

    [Fact]
    public async Task Server_errors_timeouts_and_refused_connections_are_retried_later()
    {
        _stub.Enqueue(Path, StubReply.ServerError(), StubReply.Hang(TimeSpan.FromSeconds(10)));
        var message = new ProviderMessage(Guid.NewGuid(), "+905321234567", "x", TemplateName: "t");

        Assert.Equal(ProviderSendOutcome.RetryLater, (await Send(message)).Outcome);
        Assert.Equal(ProviderSendOutcome.RetryLater, (await Send(message)).Outcome);
        Assert.Equal(ProviderSendOutcome.RetryLater, (await Send(message, ProviderTestHost.ClosedPortUrl())).Outcome);
    }

    [Fact]
    public void Only_a_body_signed_with_the_app_secret_is_authentic()
    {
        var webhook = _host.Webhook("whatsapp");
        var config = Config(_stub.BaseUrl);
        var body = ProviderPushes.WhatsAppStatus("wamid.1", Guid.NewGuid(), "delivered");
        var signature = ProviderPushes.WhatsAppSignature(body, AppSecret);
        var tampered = body.ToArray();
        tampered[^3] ^= 1;

        Assert.Equal(signature, WhatsAppWebhook.Signature(body, AppSecret));
        Assert.True(webhook.IsAuthentic(Headers(signature), new QueryCollection(), body, config));
        Assert.False(webhook.IsAuthentic(Headers(signature), new QueryCollection(), tampered, config));
        Assert.False(webhook.IsAuthentic(Headers(ProviderPushes.WhatsAppSignature(body, "another-secret")), new QueryCollection(), body, config));
        Assert.False(webhook.IsAuthentic(Headers("sha256="), new QueryCollection(), body, config));
        Assert.False(webhook.IsAuthentic(new HeaderDictionary(), new QueryCollection(), body, config));
        Assert.False(webhook.IsAuthentic(Headers(signature), new QueryCollection(), body, config with { Settings = new Dictionary<string, string>() }));
    }

    [Theory]
    [InlineData("sent", MessageStatus.Sent)]
    [InlineData("delivered", MessageStatus.Delivered)]
    [InlineData("read", MessageStatus.Read)]
    [InlineData("failed", MessageStatus.Failed)]
    public void Status_webhooks_are_read_with_wamid_correlation_id_and_time(string status, MessageStatus expected)
    {
        var correlation = Guid.NewGuid();

        var events = _host.Webhook("whatsapp").Parse(ProviderPushes.WhatsAppStatus("wamid.ABC", correlation, status, unixTime: 1795000000), "application/json");

        var report = Assert.IsType<DeliveryReport>(Assert.Single(events));
        Assert.Equal(("wamid.ABC", correlation, expected), (report.ProviderMessageId, report.CorrelationId, report.Status));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795000000).UtcDateTime, report.At);
        if (expected == MessageStatus.Failed)
        {
            Assert.Equal("131026 Message undeliverable", report.Error);
        }
        else
        {
            Assert.Null(report.Error);
        }
    }

    [Fact]
    public void Inbound_texts_and_button_replies_are_read_as_replies_from_the_sender()
    {
        var webhook = _host.Webhook("whatsapp");
        var button = Encoding.UTF8.GetBytes("""
            {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
              "messaging_product":"whatsapp","metadata":{"phone_number_id":"1"},
              "messages":[{"from":"905339998877","id":"wamid.B","timestamp":"1795000100","type":"button","button":{"text":"Onaylıyorum","payload":"CONFIRM"}},
                          {"from":"905339998877","id":"wamid.I","timestamp":"1795000200","type":"image","image":{"id":"1"}}]}}]}]}
            """);

        var text = Assert.IsType<InboundText>(Assert.Single(webhook.Parse(ProviderPushes.WhatsAppText("905321234567", "STOP"), "application/json")));
        var reply = Assert.IsType<InboundText>(Assert.Single(webhook.Parse(button, "application/json")));

        Assert.Equal(("+905321234567", "STOP", "wamid.IN1"), (text.From, text.Text, text.ProviderMessageId));
        Assert.Equal(("+905339998877", "Onaylıyorum"), (reply.From, reply.Text));
        Assert.Empty(webhook.Parse("{}"u8.ToArray(), "application/json"));
        Assert.Empty(webhook.Parse("<xml/>"u8.ToArray(), "text/xml"));
    }

    [Fact]
    public void The_hub_challenge_is_answered_only_for_the_channels_verify_token()
    {
        var config = Config(_stub.BaseUrl) with { WebhookSecret = "verify-me" };

        Assert.Equal("1158201444", WhatsAppWebhookVerification.Challenge(HubQuery("subscribe", "verify-me", "1158201444"), config));
        Assert.Null(WhatsAppWebhookVerification.Challenge(HubQuery("subscribe", "wrong", "1158201444"), config));
        Assert.Null(WhatsAppWebhookVerification.Challenge(HubQuery("unsubscribe", "verify-me", "1158201444"), config));
        Assert.Null(WhatsAppWebhookVerification.Challenge(HubQuery("subscribe", "", "1158201444"), config with { WebhookSecret = null }));
    }

    private static QueryCollection HubQuery(string mode, string token, string challenge) => new(new Dictionary<string, StringValues>
    {
        ["hub.mode"] = mode,
        ["hub.verify_token"] = token,
        ["hub.challenge"] = challenge,
    });

    private static HeaderDictionary Headers(string signature) => new() { ["X-Hub-Signature-256"] = signature };

    private static Muhtar.Messaging.Channels.ChannelConfig Config(string baseUrl) => ProviderTestHost.Config(MessageChannel.WhatsApp, "whatsapp", new()
    {
        ["phoneNumberId"] = PhoneNumberId,
        ["accessToken"] = "EAAG-token",
        ["appSecret"] = AppSecret,
        ["baseUrl"] = baseUrl,
    });

    private Task<ProviderSendResult> Send(ProviderMessage message, string? baseUrl = null) =>
        _host.Provider("whatsapp").SendAsync(message, Config(baseUrl ?? _stub.BaseUrl), CancellationToken.None);
}
