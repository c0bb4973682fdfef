namespace Muhtar.Abstractions.Timeline;

/// <summary>One thing that happened with a customer.</summary>
/// <param name="Id">Unique across sources, e.g. "note:0192…"; breaks ties between equal times.</param>
/// <param name="At">UTC instant.</param>
/// <param name="Kind">Stable machine key ("note", "audit", "merge", "consent", "receipt"…).</param>
/// <param name="Title">Short, localised.</param>
/// <param name="Detail">Optional longer text, localised.</param>
/// <param name="Href">Optional link inside the app.</param>
/// <param name="Actor">Who did it, when known.</param>
public sealed record TimelineEntry(
    string Id, DateTime At, string Kind, string Title, string? Detail = null, string? Href = null, string? Actor = null);

/// <summary>Position in the feed: everything strictly older than (At, Id).</summary>
public sealed record TimelineCursor(DateTime At, string Id)
{
    /// <summary>True when <paramref name="entry"/> comes after this cursor in newest-first order.</summary>
    public bool IsBefore(TimelineEntry entry) =>
        entry.At < At || (entry.At == At && string.CompareOrdinal(entry.Id, Id) < 0);
}
