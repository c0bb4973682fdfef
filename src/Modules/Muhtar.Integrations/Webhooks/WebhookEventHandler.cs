using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Consent.Events;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Abstractions.Messaging.Events;
using Muhtar.Platform.Data;
using Muhtar.Platform.Events;

namespace Muhtar.Integrations.Webhooks;

/// <summary>
/// Turns the domain events modules publish into one delivery per subscribed webhook. The outbox row's id
/// is the public event id, so a rerun of this handler (at least once) finds its deliveries and adds none.
/// </summary>
internal sealed class WebhookEventHandler(IDbContextFactory<MuhtarDbContext> dbFactory, TimeProvider time) :
    IEventHandler<CustomerCreated>, IEventHandler<CustomerUpdated>, IEventHandler<CustomerArchived>, IEventHandler<CustomerUnarchived>,
    IEventHandler<CustomerTagAdded>, IEventHandler<CustomerTagRemoved>, IEventHandler<ConsentChanged>,
    IEventHandler<MessageStatusChanged>, IEventHandler<InboundMessageReceived>
{
    public Task HandleAsync(CustomerCreated e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.CustomerCreated, e.At, new { e.CustomerId, e.Kind, e.HasPhone }, context, cancellationToken);

    public Task HandleAsync(CustomerUpdated e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.CustomerUpdated, e.At, new { e.CustomerId, e.ChangedFields }, context, cancellationToken);

    public Task HandleAsync(CustomerArchived e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.CustomerArchived, e.At, new { e.CustomerId }, context, cancellationToken);

    public Task HandleAsync(CustomerUnarchived e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.CustomerUnarchived, e.At, new { e.CustomerId }, context, cancellationToken);

    public Task HandleAsync(CustomerTagAdded e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.CustomerTagAdded, e.At, new { e.CustomerId, e.Tag }, context, cancellationToken);

    public Task HandleAsync(CustomerTagRemoved e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.CustomerTagRemoved, e.At, new { e.CustomerId, e.Tag }, context, cancellationToken);

    public Task HandleAsync(ConsentChanged e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.ConsentChanged, e.At, new { e.CustomerId, e.Channel, Status = e.Current, e.Source }, context, cancellationToken);

    public Task HandleAsync(MessageStatusChanged e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.MessageStatusChanged, e.At, new { e.MessageId, e.CustomerId, e.Channel, e.Status }, context, cancellationToken);

    public Task HandleAsync(InboundMessageReceived e, EventContext context, CancellationToken cancellationToken) =>
        FanOutAsync(WebhookEvents.MessageInbound, e.At,
            new { e.MessageId, e.CustomerId, e.Channel, e.From, e.Text, e.IsOptOut, e.InReplyTo }, context, cancellationToken);

    private async Task FanOutAsync(string name, DateTime at, object data, EventContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscriptions = await db.Set<WebhookSubscription>().AsNoTracking()
            .Where(s => s.Enabled && s.Events.Contains(name))
            .ToListAsync(cancellationToken);
        subscriptions = [.. subscriptions.Where(s => s.EventList.Contains(name, StringComparer.Ordinal))];
        if (subscriptions.Count == 0)
        {
            return;
        }

        var keys = subscriptions.Select(s => DedupeKey(context.JobId, s.Id)).ToList();
        var existing = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => keys.Contains(d.DedupeKey)).Select(d => d.DedupeKey).ToListAsync(cancellationToken);
        var payload = WebhookEvents.Envelope(context.JobId, name, at, data);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var subscription in subscriptions.Where(s => !existing.Contains(DedupeKey(context.JobId, s.Id))))
        {
            var delivery = new WebhookDelivery(subscription.Id, subscription.Url, name, payload, DedupeKey(context.JobId, subscription.Id), now);
            db.Add(delivery);
            WebhookSender.ScheduleFirst(db, delivery, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string DedupeKey(Guid eventId, Guid subscriptionId) => $"event:{eventId:N}:{subscriptionId:N}";
}
