using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Muhtar.Abstractions.Integrations;
using Muhtar.Integrations.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Integrations.Webhooks;

/// <summary>The current business's webhooks, their deliveries and its signing key; also what automations call (IOutgoingWebhooks).</summary>
internal sealed class WebhookService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    TimeProvider time,
    IOptions<WebhookOptions> options,
    IStringLocalizer<IntegrationsResource> text) : IOutgoingWebhooks
{
    public const int RecentDeliveries = 50;

    public async Task<IReadOnlyList<WebhookResponse>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<WebhookSubscription>().AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(s => ToResponse(s))];
    }

    public async Task<WebhookResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<WebhookSubscription>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row is null ? null : ToResponse(row);
    }

    public async Task<WebhookResponse> CreateAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        var url = CheckUrl(request.Url);
        var events = CheckEvents(request.Events);
        var description = CheckDescription(request.Description);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = new WebhookSubscription(url, description, events, time.GetUtcNow().UtcDateTime) { Enabled = request.Enabled ?? true };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(row, row.Secret);
    }

    public async Task<WebhookResponse?> UpdateAsync(Guid id, WebhookRequest request, CancellationToken cancellationToken = default)
    {
        var url = request.Url is null ? null : CheckUrl(request.Url);
        var events = request.Events is null ? null : CheckEvents(request.Events);
        var description = CheckDescription(request.Description);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<WebhookSubscription>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (url is not null)
        {
            row.Url = url;
        }

        if (events is not null)
        {
            row.SetEvents(events);
        }

        if (request.Description is not null)
        {
            row.Description = description;
        }

        if (request.Enabled is { } enabled)
        {
            row.Enabled = enabled;
        }

        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(row);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<WebhookSubscription>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        db.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<WebhookResponse?> RotateSecretAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<WebhookSubscription>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var secret = row.RotateSecret();
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(row, secret);
    }

    /// <summary>The latest deliveries of a webhook (null when it does not exist), or of the automation calls when <paramref name="webhookId"/> is null.</summary>
    public async Task<IReadOnlyList<WebhookDeliveryResponse>?> DeliveriesAsync(Guid? webhookId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (webhookId is { } id && !await db.Set<WebhookSubscription>().AnyAsync(s => s.Id == id, cancellationToken))
        {
            return null;
        }

        var rows = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.SubscriptionId == webhookId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Take(RecentDeliveries)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToResponse)];
    }

    /// <summary>Queues a finished (or pending) delivery again: a new round of attempts with the same delivery id.</summary>
    public async Task<WebhookDeliveryResponse?> RedeliverAsync(Guid? webhookId, Guid deliveryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var delivery = await db.Set<WebhookDelivery>().SingleOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == webhookId, cancellationToken);
        if (delivery is null)
        {
            return null;
        }

        if (delivery.Status == WebhookDeliveryStatus.Pending)
        {
            throw new RuleViolation("deliveryId", text["Validation.DeliveryPending"], 409);
        }

        var now = time.GetUtcNow().UtcDateTime;
        delivery.Redeliver(now);
        WebhookSender.ScheduleFirst(db, delivery, now);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(delivery);
    }

    /// <summary>The business's signing key for automation calls, made now if it has none.</summary>
    public async Task<string> SigningSecretAsync(bool rotate, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await EnsureKeyAsync(db, cancellationToken);
        if (rotate)
        {
            key.Rotate();
            await db.SaveChangesAsync(cancellationToken);
        }

        return key.Secret;
    }

    public async Task<Guid> QueueAsync(OutgoingWebhookCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var url = CheckUrl(call.Url);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.EventName);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.DedupeKey);
        var dedupeKey = "call:" + call.DedupeKey;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<WebhookDelivery>().Where(d => d.DedupeKey == dedupeKey).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        await EnsureKeyAsync(db, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var delivery = new WebhookDelivery(null, url, call.EventName, call.JsonPayload, dedupeKey, now);
        db.Add(delivery);
        WebhookSender.ScheduleFirst(db, delivery, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return delivery.Id;
        }
        catch (DbUpdateException)
        {
            // Queued at the same moment by another caller with the same key: theirs is the one.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await again.Set<WebhookDelivery>().Where(d => d.DedupeKey == dedupeKey).Select(d => d.Id).SingleAsync(cancellationToken);
        }
    }

    private async Task<WebhookSigningKey> EnsureKeyAsync(MuhtarDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<WebhookSigningKey>().SingleOrDefaultAsync(cancellationToken) is { } key)
        {
            return key;
        }

        key = new WebhookSigningKey(time.GetUtcNow().UtcDateTime);
        await using (var insert = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            insert.Add(key);
            try
            {
                await insert.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request made the business's key first; use that one.
            }
        }

        return await db.Set<WebhookSigningKey>().SingleAsync(cancellationToken);
    }

    private string CheckUrl(string? url)
    {
        var problem = WebhookAddressGuard.Check(url, options.Value.AllowLoopbackForTests);
        if (problem is { } p)
        {
            throw new RuleViolation("url", p == WebhookUrlProblem.TooLong
                ? string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Validation.UrlTooLong"], WebhookAddressGuard.MaxUrlLength)
                : text["Validation.Url" + p]);
        }

        return url!.Trim();
    }

    private List<string> CheckEvents(IReadOnlyList<string>? events)
    {
        if (events is null || events.Count == 0)
        {
            throw new RuleViolation("events", text["Validation.EventsRequired"]);
        }

        var unknown = events.FirstOrDefault(e => !WebhookEvents.All.Contains(e, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new RuleViolation("events", string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Validation.EventUnknown"], unknown, string.Join(", ", WebhookEvents.All)));
        }

        return [.. WebhookEvents.All.Where(events.Contains)];
    }

    private string? CheckDescription(string? description)
    {
        var trimmed = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (trimmed is { Length: > WebhookSubscription.MaxDescriptionLength })
        {
            throw new RuleViolation("description", string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Validation.DescriptionTooLong"], WebhookSubscription.MaxDescriptionLength));
        }

        return trimmed;
    }

    private static WebhookResponse ToResponse(WebhookSubscription s, string? secret = null) => new(
        s.Id, s.Url, s.Description, s.EventList, s.Enabled, "whsec_…" + s.Secret[^4..],
        new DateTimeOffset(s.CreatedAt), new DateTimeOffset(s.UpdatedAt), secret);

    private static WebhookDeliveryResponse ToResponse(WebhookDelivery d) => new(
        d.Id, d.SubscriptionId, d.Url, d.EventName, d.Status.ToString().ToLowerInvariant(), d.Attempts,
        d.NextAttemptAt is { } next && d.Status == WebhookDeliveryStatus.Pending ? new DateTimeOffset(next) : null,
        d.LastAttemptAt is { } last ? new DateTimeOffset(last) : null,
        d.LastStatusCode, d.LastResponse, d.LastDurationMs, new DateTimeOffset(d.CreatedAt));
}
