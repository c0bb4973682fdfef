using System.Text;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Providers;

public sealed class NetgsmProviderTests : IAsyncLifetime, IDisposable
{
    private const string Path = ProviderReplies.Netgsm.SendPath;
    private readonly ProviderTestHost _host = new();
    private StubHttpServer _stub = null!;

    public async Task InitializeAsync() => _stub = await StubHttpServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Sends_the_documented_rest_v2_request_and_a_00_answer_is_accepted_with_the_job_id()
    {
        _stub.Enqueue(Path, ProviderReplies.Netgsm.Accepted("17377215342605050417149344"));
        var message = new ProviderMessage(Guid.NewGuid(), "+905321234567", "Sayın Ayşe Hanım, randevunuz yarın 14:00'te. Görüşmek üzere!");

        var result = await Send(message);

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        Assert.Equal("17377215342605050417149344", result.ProviderMessageId);
        Assert.StartsWith("00", result.Answer);
        var request = Assert.Single(_stub.RequestsTo(Path));
        Assert.Equal("POST", request.Method);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("8502220000:s3cr3t-Pass")), request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("MUHTARCRM", root.GetProperty("msgheader").GetString());
        Assert.Equal("TR", root.GetProperty("encoding").GetString());
        Assert.Equal("0", root.GetProperty("iysfilter").GetString());
        var sms = Assert.Single(root.GetProperty("messages").EnumerateArray());
        Assert.Equal("905321234567", sms.GetProperty("no").GetString());
        Assert.Equal(message.Body, sms.GetProperty("msg").GetString());
    }

    [Theory]
    [InlineData("BIREYSEL", "11")]
    [InlineData("TACIR", "12")]
    public async Task A_commercial_message_asks_netgsm_to_filter_by_iys_for_the_recipient_type(string recipientType, string filter)
    {
        var message = new ProviderMessage(Guid.NewGuid(), "+905321234567", "Kış indirimi başladı!", Purpose: MessagePurpose.Commercial);

        var result = await Send(message, new() { ["iysRecipientType"] = recipientType });

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        using var body = JsonDocument.Parse(Assert.Single(_stub.RequestsTo(Path)).Body);
        Assert.Equal(filter, body.RootElement.GetProperty("iysfilter").GetString());
    }

    [Theory]
    [InlineData("20")] // message text problem
    [InlineData("30")] // wrong user code / password or no API access
    [InlineData("40")] // sender header not defined
    [InlineData("50")] // İYS-checked sending not allowed for the account
    [InlineData("51")] // no İYS brand code
    [InlineData("70")] // bad parameters
    public async Task Documented_refusal_codes_are_rejected_with_the_code_shown(string code)
    {
        _stub.Enqueue(Path, ProviderReplies.Netgsm.Error(code, "hata"));

        var result = await Send(new ProviderMessage(Guid.NewGuid(), "+905321234567", "Merhaba"));

        Assert.Equal(ProviderSendOutcome.Rejected, result.Outcome);
        Assert.Null(result.ProviderMessageId);
        Assert.StartsWith(code, result.Answer);
    }

    [Theory]
    [InlineData("80")] // sending limit exceeded
    [InlineData("85")] // more than 20 jobs to one number within a minute
    public async Task Limit_codes_are_retried_later(string code)
    {
        _stub.Enqueue(Path, ProviderReplies.Netgsm.Error(code, "limit"));

        var result = await Send(new ProviderMessage(Guid.NewGuid(), "+905321234567", "Merhaba"));

        Assert.Equal(ProviderSendOutcome.RetryLater, result.Outcome);
    }

    [Fact]
    public async Task Server_errors_rate_limits_timeouts_and_refused_connections_are_retried_later()
    {
        _stub.Enqueue(Path, StubReply.ServerError(), StubReply.TooManyRequests(), StubReply.Hang(TimeSpan.FromSeconds(10)), StubReply.DropConnection());
        var message = new ProviderMessage(Guid.NewGuid(), "+905321234567", "Merhaba");

        var serverError = await Send(message);
        var tooMany = await Send(message);
        var timeout = await Send(message);
        var dropped = await Send(message);
        var refused = await Send(message, new() { ["baseUrl"] = ProviderTestHost.ClosedPortUrl() });

        Assert.Equal(ProviderSendOutcome.RetryLater, serverError.Outcome);
        Assert.Contains("503", serverError.Answer);
        Assert.Equal(ProviderSendOutcome.RetryLater, tooMany.Outcome);
        Assert.Contains("429", tooMany.Answer);
        Assert.Equal(ProviderSendOutcome.RetryLater, timeout.Outcome);
        Assert.Contains("timeout", timeout.Answer);
        Assert.Equal(ProviderSendOutcome.RetryLater, dropped.Outcome);
        Assert.Equal(ProviderSendOutcome.RetryLater, refused.Outcome);
        Assert.Contains("connection", refused.Answer);
        Assert.Equal(4, _stub.RequestsTo(Path).Count);
    }

    [Fact]
    public async Task Sending_logs_neither_the_phone_nor_the_text_nor_the_password()
    {
        _stub.Enqueue(Path, ProviderReplies.Netgsm.Error("30"), StubReply.Hang(TimeSpan.FromSeconds(10)));
        var message = new ProviderMessage(Guid.NewGuid(), "+905327770011", "Gizli randevu notu Zübeyde");

        await Send(message);
        await Send(message);
        await Send(message, new() { ["baseUrl"] = ProviderTestHost.ClosedPortUrl() });

        Assert.NotEmpty(_host.LogLines);
        Assert.DoesNotContain(_host.LogLines, line => line.Contains("7770011") || line.Contains("Zübeyde") || line.Contains("s3cr3t"));
    }

    private Task<ProviderSendResult> Send(ProviderMessage message, Dictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["usercode"] = "8502220000",
            ["password"] = "s3cr3t-Pass",
            ["msgheader"] = "MUHTARCRM",
            ["baseUrl"] = _stub.BaseUrl,
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        var config = ProviderTestHost.Config(MessageChannel.Sms, "netgsm", settings);
        return _host.Provider("netgsm").SendAsync(message, config, CancellationToken.None);
    }
}
