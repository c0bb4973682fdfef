using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Messaging.Outbox;

/// <summary>
/// The outbox through the real Netgsm adapter over HTTP to a stub gateway server. Netgsm has no field for our
/// correlation id, so it cannot recognise a repeat: after a crash mid-call the message must not be sent again.
/// </summary>
public abstract class OutboxNetgsmTests : OutboxTestBase, IAsyncLifetime
{
    private StubHttpServer? _server;

    private StubHttpServer Server => _server!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _server = await StubHttpServer.StartAsync();
        Gateway.Sms = ("netgsm", new Dictionary<string, string>
        {
            ["usercode"] = "8503000000",
            ["password"] = "gizli",
            ["msgheader"] = "MUHTAR",
            ["baseUrl"] = Server.BaseUrl,
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Server.DisposeAsync();
        await DisposeAsync();
    }

    [Fact]
    public async Task After_a_crash_mid_call_a_message_Netgsm_took_is_not_sent_again_and_counts_as_sent_with_its_answer_lost()
    {
        var customer = await CreateCustomerAsync();
        var queued = await QueueAsync(customer, "appointment:1:reminder-24h");

        var doomed = NewInstance("instance-b", crashAfterSend: true);
        Assert.Equal(1, await doomed.Worker.RunOnceAsync());
        await doomed.DisposeAsync();
        Assert.Single(Server.RequestsTo(ProviderReplies.Netgsm.SendPath));

        Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await App.DrainAsync());
        Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await App.DrainAsync());

        var request = Assert.Single(Server.RequestsTo(ProviderReplies.Netgsm.SendPath));
        Assert.Contains("905321000000", request.BodyText, StringComparison.Ordinal);
        var message = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Sent, message.Status);
        Assert.Equal("answer-lost", message.Reason);
        var ledger = Assert.Single(await LedgerAsync());
        Assert.Equal(1, ledger.Handovers);
        Assert.Equal("AnswerLost", ledger.Outcome);
        Assert.Single(await StatusEventsAsync(), e => e.MessageId == queued.MessageId && e.Status == MessageStatus.Sent);
    }

    [Fact]
    public async Task Netgsm_answering_503_429_and_a_limit_code_is_retried_with_backoff_until_it_takes_the_message()
    {
        var customer = await CreateCustomerAsync();
        Server.Enqueue(ProviderReplies.Netgsm.SendPath,
            StubReply.ServerError(), StubReply.TooManyRequests(), ProviderReplies.Netgsm.Error("85", "too many to one number"),
            ProviderReplies.Netgsm.Accepted("17377215342605050417149344"));
        var queued = await QueueAsync(customer, "appointment:2:reminder-24h");

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(1, await App.DrainAsync());
            var now = await MessageAsync(queued.MessageId);
            if (now.Status == MessageStatus.Queued)
            {
                Clock.Advance(now.NextAttemptAt - Clock.GetUtcNow().UtcDateTime);
            }
        }

        Assert.Equal(4, Server.RequestsTo(ProviderReplies.Netgsm.SendPath).Count);
        var sent = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Sent, sent.Status);
        Assert.Equal(4, sent.Attempts);
        Assert.Equal("17377215342605050417149344", sent.ProviderMessageId);
        Assert.Equal("netgsm", sent.ProviderKey);
    }

    [Fact]
    public async Task A_Netgsm_refusal_fails_the_message_at_once_with_the_gateways_answer()
    {
        var customer = await CreateCustomerAsync();
        Server.Set(ProviderReplies.Netgsm.SendPath, ProviderReplies.Netgsm.Error("30", "invalid credentials"));
        var queued = await QueueAsync(customer, "appointment:3:reminder-24h");

        await App.DrainAsync();
        Clock.Advance(TimeSpan.FromHours(3));
        await App.DrainAsync();

        Assert.Single(Server.RequestsTo(ProviderReplies.Netgsm.SendPath));
        var failed = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Equal("rejected", failed.Reason);
        Assert.Contains("30", failed.LastAnswer, StringComparison.Ordinal);
    }
}

public sealed class OutboxNetgsmTests_Sqlite : OutboxNetgsmTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class OutboxNetgsmTests_Postgres : OutboxNetgsmTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
