namespace Muhtar.Abstractions.Timeline;

/// <summary>
/// Feeds the customer timeline (C5). Every module that has something to say about a customer
/// (notes, audit, merges, consents, receipts, appointments, messages, tickets) registers one source.
/// The timeline asks each source for a page strictly older than the cursor and merges them.
/// </summary>
public interface ITimelineSource
{
    /// <summary>Entries of <paramref name="customerId"/> strictly before <paramref name="before"/> (or the
    /// newest when null), newest first (<see cref="TimelineEntry.At"/> then <see cref="TimelineEntry.Id"/>
    /// descending), at most <paramref name="take"/>. Titles are in the current UI culture.</summary>
    Task<IReadOnlyList<TimelineEntry>> ReadAsync(
        Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken);
}
