using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Customers.Customers;
using Muhtar.IntegrationTests.Jobs.Support;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Messaging.Outbox.Support;

/// <summary>
/// Each test gets a fresh migrated database, a fake clock (a Monday, 11:00 in Istanbul — inside sending hours)
/// and one stub gateway; "app instances" are separate service providers sharing them.
/// </summary>
public abstract class OutboxTestBase : IAsyncLifetime
{
    private readonly List<OutboxInstance> _instances = [];

    /// <summary>08:00 UTC = 11:00 Europe/Istanbul.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private protected StubGateway Gateway { get; } = new();

    protected abstract DatabaseProvider Provider { get; }

    protected string ConnectionString { get; private set; } = "";

    private protected OutboxInstance App => _instances[0];

    protected Guid Tenant { get; private set; }

    public async Task InitializeAsync()
    {
        ConnectionString = Provider == DatabaseProvider.Postgres ? await JobsDatabases.PostgresAsync() : await JobsDatabases.SqliteAsync();
        var first = NewInstance("instance-a");
        await first.MigrateAsync();
        Tenant = await CreateTenantAsync("outbox");
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            JobsDatabases.DeleteSqlite(ConnectionString);
        }
    }

    private protected OutboxInstance NewInstance(string workerId, bool crashAfterSend = false)
    {
        var instance = new OutboxInstance(Provider, ConnectionString, Clock, Gateway, workerId, crashAfterSend);
        _instances.Add(instance);
        return instance;
    }

    protected async Task<Guid> CreateTenantAsync(string slug)
    {
        await using var scope = _instances[0].Scope();
        await using var db = OutboxInstance.Db(scope);
        var tenant = new Tenant("Test " + slug, slug + Guid.NewGuid().ToString("N")[..6], Clock.GetUtcNow().UtcDateTime);
        db.Add(tenant);
        await db.SaveChangesAsync();
        return tenant.Id;
    }

    /// <summary>A person with a Turkish mobile number and an e-mail address.</summary>
    protected Task<Guid> CreateCustomerAsync(int n = 0, Guid? tenant = null) =>
        App.WithAsync(tenant ?? Tenant, async sp =>
        {
            var created = await sp.GetRequiredService<CustomerService>().CreateAsync(new CustomerRequest(
                FirstName: "Ayşe", LastName: $"Yılmaz {n}", Phone: $"+90532{1000000 + n:D7}", Email: $"ayse{n}@example.com"));
            return created.Id;
        });

    protected Task RecordConsentAsync(Guid customerId, ConsentStatus status, DateTime? at = null, ConsentChannel channel = ConsentChannel.Sms) =>
        App.WithAsync(Tenant, async sp =>
        {
            await sp.GetRequiredService<IConsentLedger>().RecordAsync(
                new ConsentDecision(customerId, channel, status, ConsentSource.Api, at ?? Clock.GetUtcNow().UtcDateTime));
            return true;
        });

    private protected Task<QueuedMessage> QueueAsync(
        Guid customerId, string key, MessagePurpose purpose = MessagePurpose.Transactional, MessageChannel channel = MessageChannel.Sms,
        DateTime? notBefore = null) =>
        App.QueueAsync(Tenant, new OutgoingMessage(customerId, channel, purpose, key, Body: "Randevunuz yarın 10:00'da.",
            Subject: channel == MessageChannel.Email ? "Randevu" : null, NotBefore: notBefore, Source: "tests"));

    private protected async Task<OutboxMessage> MessageAsync(Guid id)
    {
        await using var scope = App.Scope(Tenant);
        await using var db = OutboxInstance.Db(scope);
        return await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private protected async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var scope = App.Scope(Tenant);
        await using var db = OutboxInstance.Db(scope);
        return await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();
    }

    private protected async Task<List<SendLedgerEntry>> LedgerAsync()
    {
        await using var scope = App.Scope(Tenant);
        await using var db = OutboxInstance.Db(scope);
        return await db.Set<SendLedgerEntry>().AsNoTracking().ToListAsync();
    }

    /// <summary>MessageStatusChanged events written to the outbox, in order.</summary>
    private protected async Task<List<MessageStatusChanged>> StatusEventsAsync()
    {
        await using var scope = App.Scope();
        await using var db = OutboxInstance.Db(scope);
        var type = JobTypeName.Of(typeof(MessageStatusChanged));
        var payloads = await db.Set<Job>().AsNoTracking().Where(j => j.Type == type).OrderBy(j => j.CreatedAt).ThenBy(j => j.Id)
            .Select(j => j.Payload).ToListAsync();
        return payloads.Select(p => JsonSerializer.Deserialize<MessageStatusChanged>(p, new JsonSerializerOptions(JsonSerializerDefaults.Web))!).ToList();
    }
}
