using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Privacy;
using Muhtar.IntegrationTests.Messaging.Outbox.Support;
using Muhtar.Messaging.Outbox.Api;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.Messaging.Outbox;

/// <summary>Messages take part in KVKK export and erasure and follow a customer merge (and its undo).</summary>
public abstract class MessageCustomerDataTests : OutboxTestBase
{
    [Fact]
    public async Task Export_lists_the_messages_and_erasure_blanks_text_and_address_and_withdraws_what_has_not_gone_out()
    {
        var customer = await CreateCustomerAsync();
        var sent = await QueueAsync(customer, "appointment:1:reminder-24h");
        await App.DrainAsync();
        var later = await QueueAsync(customer, "appointment:2:reminder-24h", notBefore: Clock.GetUtcNow().UtcDateTime.AddDays(2));

        var export = await App.WithAsync(Tenant, sp => Holder(sp).ExportAsync(customer, default));
        var listed = Assert.IsType<List<MessageResponse>>(export);
        Assert.Equal(2, listed.Count);
        Assert.Contains(listed, m => m.Id == sent.MessageId && m.Body == "Randevunuz yarın 10:00'da." && m.To == "+905321000000");

        await App.WithAsync(Tenant, async sp =>
        {
            await using var db = sp.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContext();
            await Holder(sp).EraseAsync(db, customer, default);
            return true;
        });
        Clock.Advance(TimeSpan.FromDays(3));
        await App.DrainAsync();

        var erased = await MessageAsync(sent.MessageId);
        Assert.Equal(MessageStatus.Sent, erased.Status);
        Assert.Equal("—", erased.Body);
        Assert.Null(erased.ToAddress);
        var withdrawn = await MessageAsync(later.MessageId);
        Assert.Equal(MessageStatus.Cancelled, withdrawn.Status);
        Assert.False(Gateway.Requests.ContainsKey(later.MessageId));
    }

    [Fact]
    public async Task A_merge_moves_the_messages_to_the_survivor_and_undo_moves_exactly_those_back()
    {
        var survivor = await CreateCustomerAsync(1);
        var merged = await CreateCustomerAsync(2);
        var own = await QueueAsync(survivor, "appointment:3:reminder-24h");
        var moved = await QueueAsync(merged, "appointment:4:reminder-24h");

        var state = await App.WithAsync(Tenant, async sp =>
        {
            await using var db = sp.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContext();
            return await Participant(sp).MoveAsync(db, merged, survivor, default);
        });
        Assert.Equal(survivor, (await MessageAsync(moved.MessageId)).CustomerId);

        await App.WithAsync(Tenant, async sp =>
        {
            await using var db = sp.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContext();
            await Participant(sp).UndoAsync(db, merged, survivor, state, default);
            return true;
        });
        Assert.Equal(merged, (await MessageAsync(moved.MessageId)).CustomerId);
        Assert.Equal(survivor, (await MessageAsync(own.MessageId)).CustomerId);
    }

    private static IPersonalDataHolder Holder(IServiceProvider sp) =>
        sp.GetServices<IPersonalDataHolder>().Single(h => h.Name == "messages");

    private static ICustomerMergeParticipant Participant(IServiceProvider sp) =>
        sp.GetServices<ICustomerMergeParticipant>().Single(p => p.Name == "messaging.messages");
}

public sealed class MessageCustomerDataTests_Sqlite : MessageCustomerDataTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class MessageCustomerDataTests_Postgres : MessageCustomerDataTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
