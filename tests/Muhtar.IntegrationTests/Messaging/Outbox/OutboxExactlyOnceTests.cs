using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Platform.Data;
using Xunit.Abstractions;

namespace Muhtar.IntegrationTests.Messaging.Outbox;

/// <summary>
/// The hard part of issue 4: every due message reaches the gateway exactly once, with several app instances
/// polling one database and with an instance dying between the provider call and its bookkeeping.
/// PostgreSQL runs two instances (FOR UPDATE SKIP LOCKED); SQLite, deployed as one instance, runs one.
/// </summary>
public abstract class OutboxExactlyOnceTests(ITestOutputHelper output) : OutboxTestBase
{
    private const int Customers = 100;

    protected abstract int Instances { get; }

    /// <summary>10,000 on PostgreSQL; SQLite (one instance, one writer, a file per test) sends 1,000 to keep the run short.</summary>
    protected abstract int PerCustomer { get; }

    [Fact]
    public async Task Due_reminders_10000_on_PostgreSQL_are_each_handed_to_the_gateway_exactly_once_across_two_instances()
    {
        var customers = new List<Guid>();
        for (var i = 0; i < Customers; i++)
        {
            customers.Add(await CreateCustomerAsync(i));
        }

        // Reminders queued over the last day, all due now; bulk-inserted like a busy day's appointment reminders.
        var now = Clock.GetUtcNow().UtcDateTime;
        await using (var scope = App.Scope(Tenant))
        await using (var db = OutboxInstance.Db(scope))
        {
            var n = 0;
            foreach (var customer in customers)
            {
                for (var r = 0; r < PerCustomer; r++, n++)
                {
                    db.Add(new OutboxMessage(customer, MessageChannel.Sms, MessagePurpose.Transactional, $"appointment:{n}:reminder-24h",
                        null, $"Hatırlatma {n}: randevunuz yarın.", null, null, null, now.AddMinutes(-n % 600), "tests", now.AddDays(-1)));
                }
            }

            await db.SaveChangesAsync();
        }

        var instances = Enumerable.Range(1, Instances).Select(i => i == 1 ? App : NewInstance($"instance-{i}")).ToList();
        var watch = Stopwatch.StartNew();
        var claimed = await Task.WhenAll(instances.Select(i => Task.Run(() => i.DrainAsync())));
        watch.Stop();
        output.WriteLine($"{Provider}: {Customers * PerCustomer} messages by {Instances} instance(s) in {watch.Elapsed.TotalSeconds:F1} s; claimed {string.Join(", ", claimed)}");

        var total = Customers * PerCustomer;
        Assert.Equal(total, claimed.Sum());
        Assert.All(claimed, c => Assert.True(c > 0, "every instance should have taken part"));
        Assert.Equal(total, Gateway.Requests.Count);
        Assert.All(Gateway.Requests, r => Assert.Equal(1, r.Value));
        Assert.Empty(Gateway.Duplicates);

        var messages = await MessagesAsync();
        Assert.All(messages, m => Assert.Equal(MessageStatus.Sent, m.Status));
        Assert.All(messages, m => Assert.Equal(1, m.Attempts));
        Assert.All(messages, m => Assert.Null(m.HandedOverAt));
        Assert.Equal(messages.Select(m => m.Id).Order(), Gateway.Requests.Keys.Order());
        var ledger = await LedgerAsync();
        Assert.Equal(total, ledger.Count);
        Assert.All(ledger, l => Assert.Equal(1, l.Handovers));
        var events = await StatusEventsAsync();
        Assert.Equal(total, events.Count(e => e.Status == MessageStatus.Sent));
        Assert.Equal(total, events.Select(e => e.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task An_instance_dying_between_the_provider_call_and_its_bookkeeping_sends_no_duplicate()
    {
        var customer = await CreateCustomerAsync();
        var queued = await QueueAsync(customer, "appointment:42:reminder-24h");

        // Instance B takes the message, the gateway accepts it, and B dies before it books the answer.
        var doomed = NewInstance("instance-b", crashAfterSend: true);
        Assert.Equal(1, await doomed.Worker.RunOnceAsync());
        await doomed.DisposeAsync();
        Assert.Equal(1, Gateway.Accepted[queued.MessageId]);
        var limbo = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Queued, limbo.Status);
        Assert.NotNull(limbo.HandedOverAt);

        // While B's lease holds, nobody else touches it; the message cannot be cancelled either: it may be out.
        Assert.Equal(0, await App.Worker.RunOnceAsync());
        Assert.Equal(0, await App.WithAsync(Tenant, sp => sp.GetRequiredService<IMessageOutbox>().CancelAsync("appointment:42:")));

        // B's lease runs out; the survivor retries under the same correlation id and the gateway says "duplicate".
        Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await App.DrainAsync());

        Assert.Equal(2, Gateway.Requests[queued.MessageId]);
        Assert.Equal(1, Gateway.Accepted[queued.MessageId]);
        Assert.Equal(1, Gateway.Duplicates[queued.MessageId]);
        Assert.All(Gateway.Log, m => Assert.Equal(queued.MessageId, m.CorrelationId));
        var sent = await MessageAsync(queued.MessageId);
        Assert.Equal(MessageStatus.Sent, sent.Status);
        Assert.Null(sent.HandedOverAt);
        Assert.Equal("+905321000000", sent.ToAddress);
        var ledger = Assert.Single(await LedgerAsync());
        Assert.Equal(2, ledger.Handovers);
        Assert.Equal("Duplicate", ledger.Outcome);
        var events = await StatusEventsAsync();
        Assert.Single(events, e => e.MessageId == queued.MessageId && e.Status == MessageStatus.Sent);

        // Nothing left to send, however often the workers run.
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await App.DrainAsync());
        Assert.Equal(2, Gateway.Requests[queued.MessageId]);
    }

    [Fact]
    public async Task Queueing_the_same_dedupe_key_twice_sends_once()
    {
        var customer = await CreateCustomerAsync();
        var first = await QueueAsync(customer, "rule-run:7:step:2");
        var second = await QueueAsync(customer, "rule-run:7:step:2");

        Assert.False(first.AlreadyQueued);
        Assert.True(second.AlreadyQueued);
        Assert.Equal(first.MessageId, second.MessageId);
        await App.DrainAsync();
        Assert.Single(Gateway.Requests);
    }
}

public sealed class OutboxExactlyOnceTests_Sqlite(ITestOutputHelper output) : OutboxExactlyOnceTests(output)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override int Instances => 1;

    protected override int PerCustomer => 10;
}

public sealed class OutboxExactlyOnceTests_Postgres(ITestOutputHelper output) : OutboxExactlyOnceTests(output)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override int Instances => 2;

    protected override int PerCustomer => 100;
}
