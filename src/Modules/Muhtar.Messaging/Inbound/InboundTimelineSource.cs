using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;
using Muhtar.Messaging.Channels;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Inbound;

/// <summary>Each reply is a timeline entry at the time the person sent it ("SMS yanıtı: …"), refusals marked as such.</summary>
internal sealed class InboundTimelineSource(IDbContextFactory<MuhtarDbContext> dbFactory, IStringLocalizer<ChannelsResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<InboundMessage>().AsNoTracking().Where(m => m.CustomerId == customerId);
        return await TimelinePaging.ReadAsync(rows, m => m.ReceivedAt, ToEntry, before, take, cancellationToken);
    }

    private TimelineEntry ToEntry(InboundMessage m)
    {
        var title = string.Format(CultureInfo.CurrentCulture, text[m.IsOptOut ? "Timeline.OptOut" : "Timeline.Reply"], text[$"Channel.{m.Channel}"]);
        return new TimelineEntry(
            "inbound:" + m.Id.ToString("D"), DateTime.SpecifyKind(m.ReceivedAt, DateTimeKind.Utc),
            m.IsOptOut ? "message-optout" : "message-inbound", title, m.Text, "/messaging/inbox");
    }
}
