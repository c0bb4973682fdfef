using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Messaging.Outbox.Data;
using Muhtar.Messaging.Outbox.Localization;
using Muhtar.Messaging.Templates;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Messaging.Outbox;

/// <summary>
/// Queues messages of the current business. Rendering happens here, at queue time: the text a user or rule
/// asked for is the text that goes out even if the template is edited later, and it is what the customer's
/// page and a KVKK export show. Whether it may go out (consent, quiet hours, cap) is decided again at send time.
/// </summary>
internal sealed class MessageOutbox(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ICustomerDirectory customers,
    IConsentLedger consents,
    IServiceProvider services,
    TimeProvider time,
    IStringLocalizer<OutboxResource> text) : IMessageOutbox
{
    public async Task<QueuedMessage> QueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        var key = message.DedupeKey?.Trim() ?? "";
        if (key.Length == 0 || key.Length > OutboxMessage.MaxDedupeKeyLength)
        {
            throw new RuleViolation("dedupeKey", text["Validation.DedupeKey", OutboxMessage.MaxDedupeKeyLength]);
        }

        if (await FindAsync(key, cancellationToken) is { } existing)
        {
            return new QueuedMessage(existing.Id, existing.Status, true, existing.Reason);
        }

        if (await customers.GetAsync(message.CustomerId, cancellationToken) is null)
        {
            throw new RuleViolation("customerId", text["Validation.CustomerUnknown"]);
        }

        var content = await ContentAsync(message, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var notBefore = message.NotBefore is { } nb ? DateTime.SpecifyKind(nb.ToUniversalTime(), DateTimeKind.Utc) : now;
        var row = new OutboxMessage(
            message.CustomerId, message.Channel, content.Purpose, key, message.TemplateId, content.Body, content.Subject,
            content.WhatsAppTemplate, content.WhatsAppParameters, notBefore, Trim(message.Source, 64), now);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (content.Purpose == MessagePurpose.Commercial)
        {
            var reason = await ConsentBlockAsync(consents, message.CustomerId, message.Channel, cancellationToken);
            if (reason is not null)
            {
                row.Block(reason, now);
                db.Publish(new MessageStatusChanged(row.Id, row.CustomerId, row.Channel, MessageStatus.Blocked, key, now));
            }
        }

        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsDuplicateKey(ex))
        {
            // Queued by a concurrent caller with the same key between our look-up and insert.
            var winner = await FindAsync(key, cancellationToken)
                ?? throw new InvalidOperationException("The message's dedupe key collided but no message holds it.", ex);
            return new QueuedMessage(winner.Id, winner.Status, true, winner.Reason);
        }

        return new QueuedMessage(row.Id, row.Status, false, row.Reason);
    }

    public async Task<int> CancelAsync(string dedupeKeyPrefix, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(dedupeKeyPrefix))
        {
            throw new RuleViolation("dedupeKeyPrefix", text["Validation.DedupeKeyPrefix"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DedupeKey.StartsWith(dedupeKeyPrefix) && m.Status == MessageStatus.Queued && m.HandedOverAt == null)
            .Select(m => new { m.Id, m.CustomerId, m.Channel, m.DedupeKey })
            .ToListAsync(cancellationToken);
        var cancelled = 0;
        foreach (var m in candidates)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            // Guarded: a message a worker has just handed to a provider is no longer cancellable.
            var rows = await db.Set<OutboxMessage>()
                .Where(x => x.Id == m.Id && x.Status == MessageStatus.Queued && x.HandedOverAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, MessageStatus.Cancelled)
                    .SetProperty(x => x.CancelledAt, now)
                    .SetProperty(x => x.LeaseOwner, (string?)null)
                    .SetProperty(x => x.LeaseUntil, (DateTime?)null), cancellationToken);
            if (rows == 1)
            {
                db.Publish(new MessageStatusChanged(m.Id, m.CustomerId, m.Channel, MessageStatus.Cancelled, m.DedupeKey, now));
                await db.SaveChangesAsync(cancellationToken);
                cancelled++;
            }

            await tx.CommitAsync(cancellationToken);
        }

        return cancelled;
    }

    /// <summary>"refused" when the current decision for the channel is RET, "no-consent" when there is no ONAY; null when allowed.</summary>
    internal static async Task<string?> ConsentBlockAsync(IConsentLedger consents, Guid customerId, MessageChannel channel, CancellationToken cancellationToken)
    {
        var consentChannel = ToConsentChannel(channel);
        var current = await consents.GetCurrentAsync(customerId, cancellationToken);
        if (!current.TryGetValue(consentChannel, out var decision))
        {
            return BlockReasons.NoConsent;
        }

        return decision.Status == ConsentStatus.Approved ? null : BlockReasons.Refused;
    }

    internal static ConsentChannel ToConsentChannel(MessageChannel channel) => channel switch
    {
        MessageChannel.Sms => ConsentChannel.Sms,
        MessageChannel.WhatsApp => ConsentChannel.WhatsApp,
        MessageChannel.Email => ConsentChannel.Email,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    private async Task<OutboxMessage?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<OutboxMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.DedupeKey == key, cancellationToken);
    }

    private async Task<Content> ContentAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.TemplateId is { } templateId)
        {
            var renderer = services.GetService<ITemplateRenderer>()
                ?? throw new RuleViolation("templateId", text["Validation.TemplatesUnavailable"]);
            var rendered = await renderer.RenderAsync(templateId, message.CustomerId, message.Variables, cancellationToken);
            if (rendered.Channel != message.Channel)
            {
                throw new RuleViolation("templateId", text["Validation.TemplateChannel"]);
            }

            // The stricter marking wins: a commercial template is never sent as transactional.
            var purpose = rendered.Purpose == MessagePurpose.Commercial ? MessagePurpose.Commercial : message.Purpose;
            var parameters = rendered.WhatsAppTemplateName is null ? null : JsonSerializer.Serialize(rendered.WhatsAppParameters);
            return Checked(new Content(purpose, rendered.Body, rendered.Subject, rendered.WhatsAppTemplateName, parameters), message.Channel);
        }

        return Checked(new Content(message.Purpose, message.Body?.Trim() ?? "", message.Subject?.Trim(), null, null), message.Channel);
    }

    private Content Checked(Content content, MessageChannel channel)
    {
        if (content.Body.Length == 0)
        {
            throw new RuleViolation("body", text["Validation.BodyRequired"]);
        }

        if (content.Body.Length > OutboxMessage.MaxBodyLength)
        {
            throw new RuleViolation("body", text["Validation.BodyTooLong", OutboxMessage.MaxBodyLength]);
        }

        if (channel == MessageChannel.Email && string.IsNullOrWhiteSpace(content.Subject))
        {
            throw new RuleViolation("subject", text["Validation.SubjectRequired"]);
        }

        if (content.Subject is { Length: > OutboxMessage.MaxSubjectLength })
        {
            throw new RuleViolation("subject", text["Validation.SubjectTooLong", OutboxMessage.MaxSubjectLength]);
        }

        return content;
    }

    private static string? Trim(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length > max ? value.Trim()[..max] : value.Trim();

    private static bool IsDuplicateKey(DbUpdateException exception) =>
        UniqueIndex.IsViolated(exception, OutboxMessageConfiguration.DedupeIndex, "messaging_messages.dedupe_key");

    private sealed record Content(MessagePurpose Purpose, string Body, string? Subject, string? WhatsAppTemplate, string? WhatsAppParameters);
}

/// <summary>Stable keys for why a message did not go out; shown translated, stored as is.</summary>
internal static class BlockReasons
{
    public const string NoConsent = "no-consent";
    public const string Refused = "refused";
    public const string FrequencyCap = "frequency-cap";
    public const string NoAddress = "no-address";
    public const string ChannelNotSetUp = "channel-not-set-up";
    public const string ProviderUnknown = "provider-unknown";
    public const string Rejected = "rejected";
    public const string AttemptsExhausted = "attempts-exhausted";
    public const string ProviderReported = "provider-reported";
    public const string AnswerLost = "answer-lost";
}
