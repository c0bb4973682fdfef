using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>
/// Sends the claimed messages of one business, one after another, in a scope acting for that business. For
/// each: the rules right before the provider call (ONAY for commercial, a RET blocks, quiet hours, the
/// frequency cap), the address as the customer has it now, the channel's provider, then handover and answer
/// as <see cref="OutboxStore"/> books them.
/// </summary>
internal sealed class OutboxSender(
    IDbContextFactory<MuhtarDbContext> contexts,
    OutboxStore store,
    IConsentLedger consents,
    ICustomerDirectory customers,
    IEnumerable<IMessageProvider> providers,
    IServiceProvider services,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    public const string Actor = "system:messaging";

    public async Task SendAsync(Guid tenantId, IReadOnlyList<ClaimedMessage> claims, string workerId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = claims.Select(c => c.Id).ToList();
        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var settings = await db.Set<OutboxSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? OutboxSettings.Defaults(tenantId);
        var zoneId = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZone).FirstOrDefaultAsync(ct);
        var zone = QuietHours.Zone(zoneId);
        var channels = new Dictionary<MessageChannel, ChannelConfig?>();
        var reader = services.GetService<IChannelConfigReader>();

        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (ct.IsCancellationRequested)
            {
                await store.ReleaseAsync(claims.Skip(i).Select(c => c.Id), workerId, CancellationToken.None);
                ct.ThrowIfCancellationRequested();
            }

            if (!messages.TryGetValue(claim.Id, out var message) || message.Status != MessageStatus.Queued)
            {
                continue;
            }

            try
            {
                if (!channels.TryGetValue(message.Channel, out var config))
                {
                    config = reader is null ? null : await reader.GetAsync(message.Channel, ct);
                    channels[message.Channel] = config;
                }

                await SendOneAsync(db, message, claim, workerId, settings, zone, config, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopping mid-message: the ones not started go back now; this one, if handed over, waits for its lease.
                await store.ReleaseAsync(claims.Skip(i).Select(c => c.Id), workerId, CancellationToken.None);
                throw;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or HttpRequestException or TimeoutException or JsonException)
            {
                // The answer could not be booked (database gone, a provider broke its contract). The message stays
                // leased: when the lease runs out another worker retries it under the same correlation id, which a
                // provider that already took it answers as a duplicate.
                OutboxLog.SendFailed(logger, ex, message.Id, workerId);
            }
        }
    }

    private async Task SendOneAsync(
        MuhtarDbContext db, OutboxMessage message, ClaimedMessage claim, string workerId, OutboxSettings settings, TimeZoneInfo zone,
        ChannelConfig? config, CancellationToken ct)
    {
        if (message.Purpose == MessagePurpose.Commercial)
        {
            if (message.HandedOverAt is null)
            {
                if (settings.QuietHoursEnabled && QuietHours.EndsAt(Now, settings.QuietStart, settings.QuietEnd, zone) is { } opensAt)
                {
                    await store.DeferAsync(db, message.Id, workerId, opensAt, ct);
                    return;
                }

                if (await MessageOutbox.ConsentBlockAsync(consents, message.CustomerId, message.Channel, ct) is { } refusal)
                {
                    await store.BlockAsync(db, message, workerId, refusal, ct);
                    return;
                }

                if (settings.CapCount > 0 && await SentCommercialAsync(db, message, settings, ct) >= settings.CapCount)
                {
                    await store.BlockAsync(db, message, workerId, BlockReasons.FrequencyCap, ct);
                    return;
                }
            }
        }

        // A message already handed over once (its worker died before booking the answer) skips the rules: it may be
        // out already; it is handed over again only to a provider that answers a repeat as a duplicate.
        var customer = await customers.GetAsync(message.CustomerId, ct);
        var to = customer is null ? null : message.Channel == MessageChannel.Email ? customer.Email : customer.Phone;
        if (string.IsNullOrWhiteSpace(to))
        {
            await store.NotHandedAsync(db, message, claim, workerId, BlockReasons.NoAddress, ct);
            return;
        }

        if (config is null)
        {
            await store.NotHandedAsync(db, message, claim, workerId, BlockReasons.ChannelNotSetUp, ct);
            return;
        }

        var provider = providers.FirstOrDefault(p => p.Key == config.ProviderKey && p.Channel == message.Channel);
        if (provider is null)
        {
            await store.NotHandedAsync(db, message, claim, workerId, BlockReasons.ProviderUnknown, ct);
            return;
        }

        if (message.HandedOverAt is not null && !provider.RecognisesRepeatedSends)
        {
            // Handed over before and the answer never came back: this provider would deliver a repeat twice.
            await store.BookAnswerLostAsync(db, message, workerId, provider.Key, ct);
            return;
        }

        if (!await store.BeginHandoverAsync(db, message.Id, workerId, provider.Key, ct))
        {
            return;
        }

        var parameters = message.WhatsAppParameters is null ? null : JsonSerializer.Deserialize<List<string>>(message.WhatsAppParameters);
        var request = new ProviderMessage(message.Id, to, message.Body, message.Subject, message.WhatsAppTemplate, parameters, Purpose: message.Purpose);
        var result = await provider.SendAsync(request, config, ct);
        await store.BookAnswerAsync(db, message, claim, workerId, to, provider.Key, result, ct);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Commercial messages handed to this customer on any channel within the cap window.</summary>
    private Task<int> SentCommercialAsync(MuhtarDbContext db, OutboxMessage message, OutboxSettings settings, CancellationToken ct)
    {
        var since = Now.AddDays(-settings.CapDays);
        return db.Set<OutboxMessage>().CountAsync(
            m => m.CustomerId == message.CustomerId && m.Purpose == MessagePurpose.Commercial && m.SentAt != null && m.SentAt >= since, ct);
    }
}

internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Error,
        Message = "Message {MessageId} could not be sent or booked by worker {WorkerId}; it is retried when its lease runs out")]
    public static partial void SendFailed(ILogger logger, Exception exception, Guid messageId, string workerId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Outbox worker {WorkerId} could not poll for messages")]
    public static partial void PollFailed(ILogger logger, Exception exception, string workerId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Outbox worker {WorkerId} started, polling every {Interval}")]
    public static partial void WorkerStarted(ILogger logger, string workerId, TimeSpan interval);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Error, Message = "Delivery reports of provider {ProviderKey} could not be polled for business {TenantId}")]
    public static partial void ReportPollFailed(ILogger logger, Exception exception, string providerKey, Guid tenantId);
}
