using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Channels;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Messaging.Inbound;

/// <summary>The business's incoming messages, newest first, with the customer each one is attached to.</summary>
internal sealed class InboundInbox(IDbContextFactory<MuhtarDbContext> dbFactory, ICustomerDirectory customers, IStringLocalizer<ChannelsResource> text)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public async Task<InboundPage> ListAsync(int? page, int? pageSize, MessageChannel? channel = null, bool optOutsOnly = false, CancellationToken cancellationToken = default)
    {
        if (page is < 1)
        {
            throw new RuleViolation("page", text["Validation.PageInvalid"]);
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new RuleViolation("pageSize", text["Validation.PageSizeInvalid", MaxPageSize]);
        }

        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<InboundMessage>().AsNoTracking();
        if (channel is { } only)
        {
            query = query.Where(m => m.Channel == only);
        }

        if (optOutsOnly)
        {
            query = query.Where(m => m.IsOptOut);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id)
            .Skip((p - 1) * size).Take(size).ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string?>();
        foreach (var id in rows.Where(r => r.CustomerId is not null).Select(r => r.CustomerId!.Value).Distinct())
        {
            names[id] = (await customers.GetAsync(id, cancellationToken))?.DisplayName;
        }

        var items = rows.Select(r => new InboundItem(
            r.Id, ChannelWire.Name(r.Channel), r.From, r.Text, r.CustomerId,
            r.CustomerId is { } c ? names.GetValueOrDefault(c) : null, r.IsOptOut,
            new DateTimeOffset(DateTime.SpecifyKind(r.ReceivedAt, DateTimeKind.Utc)))).ToList();
        return new InboundPage(items, p, size, total);
    }
}

/// <summary>One incoming message as the inbox and GET /api/v1/messaging/inbound show it.</summary>
internal sealed record InboundItem(
    Guid Id, string Channel, string? From, string? Text, Guid? CustomerId, string? CustomerName, bool IsOptOut, DateTimeOffset ReceivedAt);

internal sealed record InboundPage(IReadOnlyList<InboundItem> Items, int Page, int PageSize, int Total);
