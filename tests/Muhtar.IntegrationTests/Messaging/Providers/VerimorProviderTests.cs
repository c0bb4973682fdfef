using System.Text.Json;
using System.Web;
using Microsoft.AspNetCore.Http;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Providers;

public sealed class VerimorProviderTests : IAsyncLifetime, IDisposable
{
    private const string Path = ProviderReplies.Verimor.SendPath;
    private readonly ProviderTestHost _host = new();
    private StubHttpServer _stub = null!;

    public async Task InitializeAsync() => _stub = await StubHttpServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Sends_send_json_with_our_correlation_id_as_custom_id_and_the_campaign_id_answer_is_accepted()
    {
        _stub.Enqueue(Path, ProviderReplies.Verimor.Accepted("20212"));
        var message = new ProviderMessage(Guid.NewGuid(), "+905311234567", "Randevunuz onaylandı. İptal için İPTAL yazın.");

        var result = await Send(message);

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        Assert.Equal("20212", result.ProviderMessageId);
        var request = Assert.Single(_stub.RequestsTo(Path));
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("908501234567", root.GetProperty("username").GetString());
        Assert.Equal("api-pass", root.GetProperty("password").GetString());
        Assert.Equal("KUAFORAYSE", root.GetProperty("source_addr").GetString());
        Assert.Equal("24:00", root.GetProperty("valid_for").GetString());
        Assert.Equal(message.CorrelationId.ToString("N"), root.GetProperty("custom_id").GetString());
        Assert.False(root.TryGetProperty("is_commercial", out _));
        var sms = Assert.Single(root.GetProperty("messages").EnumerateArray());
        Assert.Equal("905311234567", sms.GetProperty("dest").GetString());
        Assert.Equal(message.Body, sms.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task A_retry_and_a_commercial_send_carry_the_same_custom_id_and_the_iys_fields()
    {
        var message = new ProviderMessage(Guid.NewGuid(), "+905311234567", "Yaz indirimi!", Purpose: MessagePurpose.Commercial);

        await Send(message);
        await Send(message);

        var bodies = _stub.RequestsTo(Path).Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.All(bodies, b => Assert.Equal(message.CorrelationId.ToString("N"), b.GetProperty("custom_id").GetString()));
        Assert.True(bodies[0].GetProperty("is_commercial").GetBoolean());
        Assert.Equal("BIREYSEL", bodies[0].GetProperty("iys_recipient_type").GetString());
    }

    [Theory]
    [InlineData(400, "INVALID_SOURCE_ADDRESS", "Rejected")]
    [InlineData(400, "INVALID_DESTINATION_ADDRESS", "Rejected")]
    [InlineData(400, "FORBIDDEN_MESSAGE", "Rejected")]
    [InlineData(401, "Geçersiz kullanıcı adı/şifre", "Rejected")]
    [InlineData(400, "INSUFFICIENT_CREDITS", "RetryLater")]
    [InlineData(429, "Too Many Requests", "RetryLater")]
    [InlineData(502, "Bad Gateway", "RetryLater")]
    public async Task Error_answers_are_mapped_as_documented(int status, string name, string expected)
    {
        _stub.Enqueue(Path, ProviderReplies.Verimor.Error(name, status));

        var result = await Send(new ProviderMessage(Guid.NewGuid(), "+905311234567", "Merhaba"));

        Assert.Equal(Enum.Parse<ProviderSendOutcome>(expected), result.Outcome);
        Assert.Contains(name, result.Answer);
    }

    [Fact]
    public async Task Timeouts_and_refused_connections_are_retried_later()
    {
        _stub.Enqueue(Path, StubReply.Hang(TimeSpan.FromSeconds(10)));
        var message = new ProviderMessage(Guid.NewGuid(), "+905311234567", "Merhaba");

        Assert.Equal(ProviderSendOutcome.RetryLater, (await Send(message)).Outcome);
        Assert.Equal(ProviderSendOutcome.RetryLater, (await Send(message, ProviderTestHost.ClosedPortUrl())).Outcome);
    }

    [Fact]
    public void Pushed_reports_and_inbound_sms_are_read_with_turkish_times_as_utc()
    {
        var webhook = _host.Webhook("verimor");
        var correlation = Guid.NewGuid();

        var delivered = Assert.IsType<DeliveryReport>(Assert.Single(webhook.Parse(ProviderPushes.VerimorReport("20121", correlation, "DELIVERED"), "application/json")));
        var failed = Assert.IsType<DeliveryReport>(Assert.Single(webhook.Parse(ProviderPushes.VerimorReport("20121", correlation, "NOT_DELIVERED"), "application/json")));
        var waiting = Assert.IsType<DeliveryReport>(Assert.Single(webhook.Parse(ProviderPushes.VerimorReport("20121", correlation, "WAITING"), "application/json")));
        var reply = Assert.IsType<InboundText>(Assert.Single(webhook.Parse(ProviderPushes.VerimorInbound("905319876543", "İPTAL"), "application/json")));

        Assert.Equal(correlation, delivered.CorrelationId);
        Assert.Equal("20121", delivered.ProviderMessageId);
        Assert.Equal(MessageStatus.Delivered, delivered.Status);
        Assert.Equal(new DateTime(2026, 11, 23, 11, 6, 5, DateTimeKind.Utc), delivered.At);
        Assert.Equal(DateTimeKind.Utc, delivered.At!.Value.Kind);
        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Contains("NOT_DELIVERED", failed.Error);
        Assert.Equal(MessageStatus.Sent, waiting.Status);
        Assert.Equal("+905319876543", reply.From);
        Assert.Equal("İPTAL", reply.Text);
        Assert.Equal(new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc), reply.At);
        Assert.Empty(webhook.Parse(ProviderPushes.VerimorReport("20121", correlation, "DOUBLE_SEND_ERROR"), "application/json"));
    }

    [Fact]
    public void A_push_is_authentic_only_with_the_channels_webhook_secret()
    {
        var webhook = _host.Webhook("verimor");
        var config = ProviderTestHost.Config(MessageChannel.Sms, "verimor", [], webhookSecret: "v-secret");
        var body = ProviderPushes.VerimorInbound("905319876543", "İPTAL");

        Assert.True(webhook.IsAuthentic(new HeaderDictionary(), IletiMerkeziProviderTests.Query("v-secret"), body, config));
        Assert.False(webhook.IsAuthentic(new HeaderDictionary(), IletiMerkeziProviderTests.Query("V-SECRET"), body, config));
        Assert.False(webhook.IsAuthentic(new HeaderDictionary(), IletiMerkeziProviderTests.Query(null), body, config));
    }

    [Fact]
    public async Task Polling_asks_status_by_custom_id_then_by_campaign_id_and_skips_what_verimor_cannot_answer()
    {
        var delivered = Guid.NewGuid();
        var byCampaign = Guid.NewGuid();
        var unreachable = Guid.NewGuid();
        _stub.Enqueue(
            ProviderReplies.Verimor.StatusPath,
            ProviderReplies.Verimor.Status(
                ("20121", delivered.ToString("N"), "1", "905311234567", "DOUBLE_SEND_ERROR"),
                ("20120", delivered.ToString("N"), "2", "905311234567", "DELIVERED")),
            StubReply.Json("[]"),
            ProviderReplies.Verimor.Status(("20130", "", "3", "905311234568", "NOT_DELIVERED")),
            StubReply.ServerError());
        var config = ProviderTestHost.Config(MessageChannel.Sms, "verimor", Settings(_stub.BaseUrl));

        var reports = await _host.Poller("verimor").PollAsync(config, [(delivered, "20120"), (byCampaign, "20130"), (unreachable, null)], CancellationToken.None);

        Assert.Equal(2, reports.Count);
        Assert.Equal((delivered, "20120", MessageStatus.Delivered), (reports[0].CorrelationId!.Value, reports[0].ProviderMessageId, reports[0].Status));
        Assert.Equal((byCampaign, "20130", MessageStatus.Failed), (reports[1].CorrelationId!.Value, reports[1].ProviderMessageId, reports[1].Status));
        var queries = _stub.RequestsTo(ProviderReplies.Verimor.StatusPath).Select(r => HttpUtility.ParseQueryString(r.Query)).ToList();
        Assert.Equal(4, queries.Count);
        Assert.All(queries, q => Assert.Equal(("908501234567", "api-pass"), (q["username"], q["password"])));
        Assert.Equal(delivered.ToString("N"), queries[0]["custom_id"]);
        Assert.Equal(byCampaign.ToString("N"), queries[1]["custom_id"]);
        Assert.Equal("20130", queries[2]["id"]);
        Assert.Equal(unreachable.ToString("N"), queries[3]["custom_id"]);
    }

    private static Dictionary<string, string> Settings(string baseUrl) => new()
    {
        ["username"] = "908501234567",
        ["password"] = "api-pass",
        ["sourceAddr"] = "KUAFORAYSE",
        ["baseUrl"] = baseUrl,
    };

    private Task<ProviderSendResult> Send(ProviderMessage message, string? baseUrl = null) =>
        _host.Provider("verimor").SendAsync(message, ProviderTestHost.Config(MessageChannel.Sms, "verimor", Settings(baseUrl ?? _stub.BaseUrl)), CancellationToken.None);
}
