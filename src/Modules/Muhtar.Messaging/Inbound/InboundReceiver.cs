using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Messaging.Channels;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Inbound;

/// <summary>
/// Stores a reply that came in by webhook (I4 inbound), attaches it to the customer with that phone and, when it
/// is a refusal, records RET for the channel at once (C7) so the outbox sends nothing commercial there again.
/// Runs as the business the webhook's channel belongs to. A replay (same provider id) changes nothing.
/// </summary>
internal sealed class InboundReceiver(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ICustomerDirectory customers,
    IPhoneNormalizer phones,
    IConsentLedger consents,
    TimeProvider time)
{
    /// <summary>True when stored; false for a replay.</summary>
    public async Task<bool> ReceiveAsync(WebhookChannel channel, InboundText inbound, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // A time in the future (a provider's clock) would sort the reply above everything; it arrived now at the latest.
        var at = inbound.At is { } given && given.ToUniversalTime() <= now ? DateTime.SpecifyKind(given.ToUniversalTime(), DateTimeKind.Utc) : now;
        var from = phones.TryNormalize(inbound.From, out var e164) ? e164 : inbound.From.Trim();
        var text = inbound.Text.Length > InboundMessage.MaxTextLength ? inbound.Text[..InboundMessage.MaxTextLength] : inbound.Text;
        var providerId = string.IsNullOrWhiteSpace(inbound.ProviderMessageId) ? ContentId(from, text, inbound.At) : inbound.ProviderMessageId.Trim();
        var messageChannel = channel.Config.Channel;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<InboundMessage>().AnyAsync(m => m.Channel == messageChannel && m.ProviderMessageId == providerId, cancellationToken))
        {
            return false;
        }

        var customer = await customers.FindByPhoneAsync(from, cancellationToken);
        var optOut = OptOutKeywords.IsOptOut(text) && messageChannel != MessageChannel.Email;
        if (optOut && customer is not null)
        {
            // Recorded before the message is stored: if storing fails the provider retries and the refusal is
            // recorded again (the same status changes nothing), never lost.
            await consents.RecordAsync(
                new ConsentDecision(customer.Id, ToConsentChannel(messageChannel), ConsentStatus.Refused, ConsentSource.Reply, at, Evidence(text, providerId)),
                cancellationToken);
        }

        var message = new InboundMessage(channel.SetupId, messageChannel, from, text, providerId, customer?.Id, optOut, at, now);
        db.Add(message);
        db.Publish(new InboundMessageReceived(message.Id, customer?.Id, messageChannel, from, text, optOut, null, at));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (IsReplay(e))
        {
            // The same push arrived twice at once and the other request stored it.
            return false;
        }
    }

    internal static ConsentChannel ToConsentChannel(MessageChannel channel) => channel switch
    {
        MessageChannel.WhatsApp => ConsentChannel.WhatsApp,
        MessageChannel.Email => ConsentChannel.Email,
        _ => ConsentChannel.Sms,
    };

    private static string Evidence(string text, string providerId)
    {
        var evidence = $"\"{text.Trim()}\" ({providerId})";
        return evidence.Length > 2000 ? evidence[..2000] : evidence;
    }

    private static string ContentId(string from, string text, DateTime? at)
    {
        var source = $"{from}\n{text}\n{at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)}";
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
    }

    private static bool IsReplay(DbUpdateException exception) =>
        UniqueIndex.IsViolated(exception, InboundMessageConfiguration.ProviderIdIndex, "messaging_inbound.");
}
