using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Timeline;

namespace Muhtar.Customers.Merging;

/// <summary>The survivor's timeline shows each merge into it ("Merged Ayşe Yılmaz into this customer"), with a link to undo.</summary>
internal sealed class MergeTimelineSource(CustomerMergeService merges, IStringLocalizer<MergeResource> text) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        // Read one extra time-tie's worth: entries at the cursor's instant are filtered by id below.
        var rows = await merges.ListForSurvivorAsync(customerId, before?.At, take + 10, cancellationToken);
        return rows
            .Select(m => new TimelineEntry(
                "merge:" + m.Id,
                DateTime.SpecifyKind(m.At, DateTimeKind.Utc),
                "merge",
                text["Timeline.Merged", m.MergedNames].Value,
                m.UndoneAt is null ? null : text["Timeline.Undone"].Value,
                $"/customers/merges/{m.Id}",
                m.ActorName))
            .Where(e => before is null || before.IsBefore(e))
            .Take(take)
            .ToList();
    }
}
