using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Providers;

public sealed class IletiMerkeziProviderTests : IAsyncLifetime, IDisposable
{
    private const string Path = ProviderReplies.IletiMerkezi.SendPath;
    private readonly ProviderTestHost _host = new();
    private StubHttpServer _stub = null!;

    public async Task InitializeAsync() => _stub = await StubHttpServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Sends_the_documented_json_order_with_key_and_hash_and_a_200_answer_is_accepted_with_the_order_id()
    {
        _stub.Enqueue(Path, ProviderReplies.IletiMerkezi.Accepted("312891245"));
        var message = new ProviderMessage(Guid.NewGuid(), "+905321234567", "Sayın Mehmet Bey, aracınız hazır. Teşekkürler!");

        var result = await Send(message);

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        Assert.Equal("312891245", result.ProviderMessageId);
        var request = Assert.Single(_stub.RequestsTo(Path));
        Assert.Equal("POST", request.Method);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement.GetProperty("request");
        Assert.Equal("a1b2c3", root.GetProperty("authentication").GetProperty("key").GetString());
        Assert.Equal("f00dfeed", root.GetProperty("authentication").GetProperty("hash").GetString());
        var order = root.GetProperty("order");
        Assert.Equal("OTOSERVIS", order.GetProperty("sender").GetString());
        Assert.Equal("0", order.GetProperty("iys").GetString());
        Assert.Equal(message.Body, order.GetProperty("message").GetProperty("text").GetString());
        var number = Assert.Single(order.GetProperty("message").GetProperty("receipents").GetProperty("number").EnumerateArray());
        Assert.Equal("5321234567", number.GetString());
    }

    [Fact]
    public async Task A_commercial_message_is_sent_with_iys_check_for_the_configured_list()
    {
        var result = await Send(
            new ProviderMessage(Guid.NewGuid(), "+905321234567", "Bahar kampanyası!", Purpose: MessagePurpose.Commercial),
            new() { ["iysList"] = "TACIR" });

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        using var body = JsonDocument.Parse(Assert.Single(_stub.RequestsTo(Path)).Body);
        var order = body.RootElement.GetProperty("request").GetProperty("order");
        Assert.Equal("1", order.GetProperty("iys").GetString());
        Assert.Equal("TACIR", order.GetProperty("iysList").GetString());
    }

    [Fact]
    public async Task A_duplicate_order_answer_counts_as_the_earlier_send_having_gone_through()
    {
        _stub.Enqueue(Path, ProviderReplies.IletiMerkezi.Duplicate());

        var result = await Send(new ProviderMessage(Guid.NewGuid(), "+905321234567", "Merhaba"));

        Assert.Equal(ProviderSendOutcome.Duplicate, result.Outcome);
        Assert.StartsWith("451", result.Answer);
    }

    [Theory]
    [InlineData(401)] // wrong key/hash or API access off
    [InlineData(402)] // not enough balance
    [InlineData(450)] // sender title not valid
    [InlineData(452)] // invalid recipients
    [InlineData(466)] // invalid number
    public async Task Documented_refusals_are_rejected_with_the_code_shown(int code)
    {
        _stub.Enqueue(Path, ProviderReplies.IletiMerkezi.Error(code));

        var result = await Send(new ProviderMessage(Guid.NewGuid(), "+905321234567", "Merhaba"));

        Assert.Equal(ProviderSendOutcome.Rejected, result.Outcome);
        Assert.StartsWith(code.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Answer);
    }

    [Fact]
    public async Task Server_errors_rate_limits_timeouts_and_refused_connections_are_retried_later()
    {
        _stub.Enqueue(Path, StubReply.ServerError(), StubReply.TooManyRequests(), StubReply.Hang(TimeSpan.FromSeconds(10)));
        var message = new ProviderMessage(Guid.NewGuid(), "+905321234567", "Merhaba");

        var outcomes = new[]
        {
            (await Send(message)).Outcome,
            (await Send(message)).Outcome,
            (await Send(message)).Outcome,
            (await Send(message, new() { ["baseUrl"] = ProviderTestHost.ClosedPortUrl() })).Outcome,
        };

        Assert.All(outcomes, o => Assert.Equal(ProviderSendOutcome.RetryLater, o));
    }

    [Fact]
    public void Report_pushes_map_accepted_delivered_and_undelivered_to_the_order_id()
    {
        var webhook = _host.Webhook("iletimerkezi");

        var accepted = Assert.IsType<DeliveryReport>(Assert.Single(webhook.Parse(ProviderPushes.IletiMerkeziReport("104525848", "accepted"), "application/json")));
        var delivered = Assert.IsType<DeliveryReport>(Assert.Single(webhook.Parse(ProviderPushes.IletiMerkeziReport("104525848", "delivered"), "application/json")));
        var undelivered = Assert.IsType<DeliveryReport>(Assert.Single(webhook.Parse(ProviderPushes.IletiMerkeziReport("104525848", "undelivered"), "application/json")));

        Assert.Equal(("104525848", MessageStatus.Sent), (accepted.ProviderMessageId, accepted.Status));
        Assert.Equal(MessageStatus.Delivered, delivered.Status);
        Assert.Equal(MessageStatus.Failed, undelivered.Status);
        Assert.NotNull(undelivered.Error);
        Assert.Empty(webhook.Parse("not json"u8.ToArray(), "application/json"));
        Assert.Empty(webhook.Parse("""{"report":{"packet_id":1,"status":"whatever"}}"""u8.ToArray(), "application/json"));
    }

    [Fact]
    public void A_push_is_authentic_only_with_the_channels_webhook_secret()
    {
        var webhook = _host.Webhook("iletimerkezi");
        var body = ProviderPushes.IletiMerkeziReport("1", "delivered");
        var config = ProviderTestHost.Config(MessageChannel.Sms, "iletimerkezi", [], webhookSecret: "hook-secret-123");
        var noSecretChannel = config with { WebhookSecret = null };

        Assert.True(webhook.IsAuthentic(new HeaderDictionary(), Query("hook-secret-123"), body, config));
        Assert.True(webhook.IsAuthentic(new HeaderDictionary { ["X-Muhtar-Webhook-Secret"] = "hook-secret-123" }, Query(null), body, config));
        Assert.False(webhook.IsAuthentic(new HeaderDictionary(), Query("hook-secret-12"), body, config));
        Assert.False(webhook.IsAuthentic(new HeaderDictionary(), Query(null), body, config));
        Assert.False(webhook.IsAuthentic(new HeaderDictionary(), Query(""), body, noSecretChannel));
    }

    internal static QueryCollection Query(string? secret) =>
        secret is null ? new QueryCollection() : new QueryCollection(new Dictionary<string, StringValues> { ["secret"] = secret });

    private Task<ProviderSendResult> Send(ProviderMessage message, Dictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["apiKey"] = "a1b2c3",
            ["apiHash"] = "f00dfeed",
            ["sender"] = "OTOSERVIS",
            ["baseUrl"] = _stub.BaseUrl,
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return _host.Provider("iletimerkezi").SendAsync(message, ProviderTestHost.Config(MessageChannel.Sms, "iletimerkezi", settings), CancellationToken.None);
    }
}
