using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Messaging.Outbox;

/// <summary>Gateway trouble (5xx, 429, timeouts) retries with backoff into the dead letters; delivery reports only move forward.</summary>
public abstract class OutboxRetryAndStatusTests : OutboxTestBase
{
    [Fact]
    public async Task Gateway_errors_retry_with_growing_backoff_then_land_in_the_dead_letters_and_an_admin_retry_sends_it()
    {
        var customer = await CreateCustomerAsync();
        Gateway.Script(
            Later("HTTP 503 Service Unavailable"), Later("HTTP 429 Too Many Requests"), Later("timeout after 30 s"),
            Later("HTTP 502 Bad Gateway"), Later("HTTP 503 Service Unavailable"), Later("HTTP 500 Internal Server Error"));
        var queued = await QueueAsync(customer, "appointment:1:reminder-24h");

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(1, await App.DrainAsync());
            var waiting = await MessageAsync(queued.MessageId);
            Assert.Equal(MessageStatus.Queued, waiting.Status);
            Assert.Equal(attempt, waiting.Attempts);
            var wait = waiting.NextAttemptAt - Clock.GetUtcNow().UtcDateTime;
            waits.Add(wait);
            Assert.Equal(0, await App.DrainAsync()); // not before its time
            Clock.Advance(wait);
        }

        Assert.Equal(1, await App.DrainAsync());
        for (var i = 1; i < waits.Count; i++)
        {
            Assert.True(waits[i] > waits[i - 1], $"backoff should grow: {string.Join(", ", waits)}");
        }

        Assert.InRange(waits[0], TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1.2));
        var dead = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Failed, dead.Status);
        Assert.Equal("attempts-exhausted", dead.Reason);
        Assert.Equal("HTTP 500 Internal Server Error", dead.LastAnswer);
        Assert.Equal(6, Gateway.Requests[queued.MessageId]);
        var letters = await App.WithAsync(Tenant, sp => sp.GetRequiredService<OutboxQueries>().DeadLettersAsync(0, 50, default));
        Assert.Equal(queued.MessageId, Assert.Single(letters.Items).Id);

        // The admin retries it once the gateway is back: it goes out under the same correlation id.
        await App.WithAsync(Tenant, sp => sp.GetRequiredService<OutboxQueries>().RetryAsync(queued.MessageId, default));
        Assert.Equal(1, await App.DrainAsync());
        var sent = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Sent, sent.Status);
        Assert.Equal(7, Gateway.Requests[queued.MessageId]);
        Assert.Empty((await App.WithAsync(Tenant, sp => sp.GetRequiredService<OutboxQueries>().DeadLettersAsync(0, 50, default))).Items);
    }

    [Fact]
    public async Task A_rejected_message_fails_at_once_without_retries()
    {
        var customer = await CreateCustomerAsync();
        Gateway.Script(new ProviderSendResult(ProviderSendOutcome.Rejected, null, "40 invalid number"));
        var queued = await QueueAsync(customer, "appointment:2:reminder-24h");

        await App.DrainAsync();
        Clock.Advance(TimeSpan.FromHours(3));
        await App.DrainAsync();

        var failed = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Equal("rejected", failed.Reason);
        Assert.Equal(1, Gateway.Requests[queued.MessageId]);
        Assert.Contains(await StatusEventsAsync(), e => e.MessageId == queued.MessageId && e.Status == MessageStatus.Failed);
    }

    [Fact]
    public async Task A_channel_that_is_not_set_up_keeps_the_message_waiting_and_it_ends_as_a_dead_letter()
    {
        var customer = await CreateCustomerAsync();
        var queued = await QueueAsync(customer, "appointment:3:whatsapp", channel: MessageChannel.WhatsApp);

        for (var i = 0; i < 6; i++)
        {
            await App.DrainAsync();
            Clock.Advance(TimeSpan.FromHours(3));
        }

        var failed = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Equal("channel-not-set-up", failed.Reason);
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public async Task Status_never_moves_backwards_and_replayed_reports_change_nothing()
    {
        var customer = await CreateCustomerAsync();
        var queued = await QueueAsync(customer, "appointment:4:reminder-24h");
        await App.DrainAsync();
        var sent = await MessageAsync(queued.MessageId);
        var channel = new ChannelConfig(Tenant, MessageChannel.Sms, "stub", new Dictionary<string, string>(), "stub-secret");
        var at = Clock.GetUtcNow().UtcDateTime;

        Assert.True(await App.Sink.ApplyAsync(channel, new DeliveryReport(sent.ProviderMessageId, null, MessageStatus.Delivered, at, null)));
        Assert.False(await App.Sink.ApplyAsync(channel, new DeliveryReport(sent.ProviderMessageId, null, MessageStatus.Delivered, at, null)));
        Assert.True(await App.Sink.ApplyAsync(channel, new DeliveryReport(null, queued.MessageId, MessageStatus.Read, at.AddMinutes(1), null)));
        Assert.False(await App.Sink.ApplyAsync(channel, new DeliveryReport(sent.ProviderMessageId, null, MessageStatus.Delivered, at.AddMinutes(2), null)));
        Assert.False(await App.Sink.ApplyAsync(channel, new DeliveryReport(null, queued.MessageId, MessageStatus.Failed, at.AddMinutes(3), "expired")));
        Assert.False(await App.Sink.ApplyAsync(channel, new DeliveryReport(null, queued.MessageId, MessageStatus.Read, at.AddMinutes(1), null)));

        var read = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Read, read.Status);
        Assert.Equal(at, read.DeliveredAt);
        Assert.Equal(at.AddMinutes(1), read.ReadAt);
        Assert.Null(read.FailedAt);
        var moves = (await StatusEventsAsync()).Where(e => e.MessageId == queued.MessageId).Select(e => e.Status).ToList();
        Assert.Equal([MessageStatus.Sent, MessageStatus.Delivered, MessageStatus.Read], moves);
    }

    [Fact]
    public async Task A_failure_report_before_delivery_fails_the_message_and_a_report_for_another_business_changes_nothing()
    {
        var customer = await CreateCustomerAsync();
        var queued = await QueueAsync(customer, "appointment:5:reminder-24h");
        await App.DrainAsync();
        var at = Clock.GetUtcNow().UtcDateTime;
        var foreign = new ChannelConfig(await CreateTenantAsync("other"), MessageChannel.Sms, "stub", new Dictionary<string, string>(), "x");
        var own = new ChannelConfig(Tenant, MessageChannel.Sms, "stub", new Dictionary<string, string>(), "stub-secret");

        Assert.False(await App.Sink.ApplyAsync(foreign, new DeliveryReport(null, queued.MessageId, MessageStatus.Failed, at, "spoofed")));
        Assert.Equal(MessageStatus.Sent, (await MessageAsync(queued.MessageId)).Status);
        Assert.True(await App.Sink.ApplyAsync(own, new DeliveryReport(null, queued.MessageId, MessageStatus.Failed, at, "number out of service")));
        Assert.False(await App.Sink.ApplyAsync(own, new DeliveryReport(null, queued.MessageId, MessageStatus.Delivered, at, null)));

        var failed = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Failed, failed.Status);
        Assert.Equal("provider-reported", failed.Reason);
        Assert.Equal("number out of service", failed.LastAnswer);
    }

    private static ProviderSendResult Later(string answer) => new(ProviderSendOutcome.RetryLater, null, answer);
}

public sealed class OutboxRetryAndStatusTests_Sqlite : OutboxRetryAndStatusTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class OutboxRetryAndStatusTests_Postgres : OutboxRetryAndStatusTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
