using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Messaging.Outbox;

/// <summary>The rules checked right before each provider call: consent, refusals mid-batch, quiet hours, frequency cap.</summary>
public abstract class OutboxRuleTests : OutboxTestBase
{
    [Fact]
    public async Task A_commercial_message_without_ONAY_is_blocked_and_never_reaches_the_gateway()
    {
        var customer = await CreateCustomerAsync();

        var queued = await QueueAsync(customer, "campaign:1:c1", MessagePurpose.Commercial);
        await App.DrainAsync();

        Assert.Equal(MessageStatus.Blocked, queued.Status);
        Assert.Equal("no-consent", queued.BlockedReason);
        Assert.Empty(Gateway.Requests);
        var stored = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Blocked, stored.Status);
        Assert.Contains(await StatusEventsAsync(), e => e.MessageId == queued.MessageId && e.Status == MessageStatus.Blocked);
    }

    [Fact]
    public async Task A_refusal_recorded_after_queueing_blocks_the_commercial_message_at_send_time()
    {
        var customer = await CreateCustomerAsync();
        await RecordConsentAsync(customer, ConsentStatus.Approved, Clock.GetUtcNow().UtcDateTime.AddDays(-30));
        var queued = await QueueAsync(customer, "campaign:2:c1", MessagePurpose.Commercial);
        Assert.Equal(MessageStatus.Queued, queued.Status);

        await RecordConsentAsync(customer, ConsentStatus.Refused);
        await App.DrainAsync();

        Assert.Empty(Gateway.Requests);
        var stored = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Blocked, stored.Status);
        Assert.Equal("refused", stored.Reason);
    }

    [Fact]
    public async Task A_refusal_arriving_while_a_campaign_is_sending_stops_the_remaining_sends_to_that_customer()
    {
        await SetCapAsync(0);
        var refusing = await CreateCustomerAsync(1);
        var other = await CreateCustomerAsync(2);
        var earlier = Clock.GetUtcNow().UtcDateTime.AddDays(-30);
        await RecordConsentAsync(refusing, ConsentStatus.Approved, earlier);
        await RecordConsentAsync(other, ConsentStatus.Approved, earlier);
        for (var i = 0; i < 60; i++)
        {
            await QueueAsync(i % 4 == 3 ? other : refusing, $"campaign:3:{i}", MessagePurpose.Commercial);
        }

        // "İPTAL" comes in while the gateway is taking the refusing customer's 10th message.
        var sentToRefusing = 0;
        Gateway.BeforeAnswer = async m =>
        {
            if (m.To == "+905321000001" && Interlocked.Increment(ref sentToRefusing) == 10)
            {
                await RecordConsentAsync(refusing, ConsentStatus.Refused);
            }
        };
        await App.DrainAsync();

        var messages = await MessagesAsync();
        var toRefusing = messages.Where(m => m.CustomerId == refusing).ToList();
        Assert.Equal(45, toRefusing.Count);
        Assert.Equal(10, toRefusing.Count(m => m.Status == MessageStatus.Sent));
        Assert.Equal(35, toRefusing.Count(m => m is { Status: MessageStatus.Blocked, Reason: "refused" }));
        Assert.Equal(10, Gateway.Log.Count(m => m.To == "+905321000001"));
        Assert.All(messages.Where(m => m.CustomerId == other), m => Assert.Equal(MessageStatus.Sent, m.Status));
        Assert.Equal(15, Gateway.Log.Count(m => m.To == "+905321000002"));
    }

    [Fact]
    public async Task Quiet_hours_hold_commercial_messages_until_the_window_opens_while_transactional_ones_go()
    {
        var customer = await CreateCustomerAsync();
        await RecordConsentAsync(customer, ConsentStatus.Approved, Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 18, 30, 0, TimeSpan.Zero)); // 21:30 in Istanbul
        var offer = await QueueAsync(customer, "campaign:4:c1", MessagePurpose.Commercial);
        var receipt = await QueueAsync(customer, "receipt:99:ready");

        await App.DrainAsync();

        Assert.Equal(MessageStatus.Sent, (await MessageAsync(receipt.MessageId)).Status);
        var waiting = await MessageAsync(offer.MessageId);
        Assert.Equal(MessageStatus.Queued, waiting.Status);
        Assert.Equal(0, waiting.Attempts);
        Assert.Equal(new DateTime(2026, 3, 3, 6, 0, 0, DateTimeKind.Utc), waiting.NextAttemptAt); // 09:00 in Istanbul

        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 5, 59, 0, TimeSpan.Zero));
        await App.DrainAsync();
        Assert.Equal(MessageStatus.Queued, (await MessageAsync(offer.MessageId)).Status);
        Assert.False(Gateway.Requests.ContainsKey(offer.MessageId));

        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 6, 0, 0, TimeSpan.Zero));
        await App.DrainAsync();
        Assert.Equal(MessageStatus.Sent, (await MessageAsync(offer.MessageId)).Status);
        Assert.Equal(1, Gateway.Requests[offer.MessageId]);
    }

    [Fact]
    public async Task The_frequency_cap_blocks_the_third_commercial_message_in_seven_days()
    {
        var customer = await CreateCustomerAsync();
        await RecordConsentAsync(customer, ConsentStatus.Approved, Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        var first = await QueueAsync(customer, "campaign:5:c1", MessagePurpose.Commercial);
        var second = await QueueAsync(customer, "campaign:6:c1", MessagePurpose.Commercial);
        await App.DrainAsync();
        Clock.Advance(TimeSpan.FromDays(3));
        var third = await QueueAsync(customer, "campaign:7:c1", MessagePurpose.Commercial);
        var reminder = await QueueAsync(customer, "appointment:5:reminder");
        await App.DrainAsync();

        Assert.Equal(MessageStatus.Sent, (await MessageAsync(first.MessageId)).Status);
        Assert.Equal(MessageStatus.Sent, (await MessageAsync(second.MessageId)).Status);
        var capped = await MessageAsync(third.MessageId);
        Assert.Equal(MessageStatus.Blocked, capped.Status);
        Assert.Equal("frequency-cap", capped.Reason);
        Assert.Equal(MessageStatus.Sent, (await MessageAsync(reminder.MessageId)).Status);

        // A week after the first two, the customer may get an offer again.
        Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromHours(1));
        var fourth = await QueueAsync(customer, "campaign:8:c1", MessagePurpose.Commercial);
        await App.DrainAsync();
        Assert.Equal(MessageStatus.Sent, (await MessageAsync(fourth.MessageId)).Status);
    }

    [Fact]
    public async Task Cancelling_by_prefix_withdraws_queued_messages_only()
    {
        var customer = await CreateCustomerAsync();
        var sent = await QueueAsync(customer, "appointment:9:confirmation");
        await App.DrainAsync();
        var later = await QueueAsync(customer, "appointment:9:reminder-24h", notBefore: Clock.GetUtcNow().UtcDateTime.AddDays(1));
        var other = await QueueAsync(customer, "appointment:10:reminder-24h", notBefore: Clock.GetUtcNow().UtcDateTime.AddDays(1));

        var cancelled = await App.WithAsync(Tenant, sp => sp.GetRequiredService<IMessageOutbox>().CancelAsync("appointment:9:"));
        Clock.Advance(TimeSpan.FromDays(2));
        await App.DrainAsync();

        Assert.Equal(1, cancelled);
        Assert.Equal(MessageStatus.Sent, (await MessageAsync(sent.MessageId)).Status);
        Assert.Equal(MessageStatus.Cancelled, (await MessageAsync(later.MessageId)).Status);
        Assert.Equal(MessageStatus.Sent, (await MessageAsync(other.MessageId)).Status);
        Assert.False(Gateway.Requests.ContainsKey(later.MessageId));
    }

    private async Task SetCapAsync(int capCount)
    {
        await using var scope = App.Scope(Tenant);
        await using var db = OutboxInstance.Db(scope);
        db.Add(new OutboxSettings(Tenant) { CapCount = capCount });
        await db.SaveChangesAsync();
    }
}

public sealed class OutboxRuleTests_Sqlite : OutboxRuleTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class OutboxRuleTests_Postgres : OutboxRuleTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
