using Muhtar.Abstractions.Timeline;

namespace Muhtar.Customers.Timeline;

/// <summary>
/// The customer timeline (C5): asks every registered <see cref="ITimelineSource"/> for its newest
/// entries strictly before the cursor and k-way merges them newest first by (At, Id). Because every
/// source is asked for a full page and ids are unique across sources, the merged page is exactly the
/// next <c>pageSize</c> entries of the whole feed: paging never repeats or skips one, even when many
/// share an instant.
/// </summary>
internal sealed class TimelineFeed(IEnumerable<ITimelineSource> sources)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    private static readonly Comparer<TimelineEntry> NewestFirst = Comparer<TimelineEntry>.Create((a, b) =>
    {
        var byTime = b.At.CompareTo(a.At);
        return byTime != 0 ? byTime : string.CompareOrdinal(b.Id, a.Id);
    });

    /// <param name="include">Which sources the reader may see (e.g. the audit trail needs audit.read); all when null.</param>
    public async Task<TimelinePage> ReadAsync(
        Guid customerId, TimelineCursor? before, int pageSize, Func<ITimelineSource, bool>? include = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var pages = new List<IReadOnlyList<TimelineEntry>>();
        var someSourceHasMore = false;
        foreach (var source in sources.Where(s => include?.Invoke(s) ?? true))
        {
            // Sources share the scope's services (one DbContext factory, one tenant), so they are asked in turn.
            var page = await source.ReadAsync(customerId, before, pageSize, cancellationToken);
            someSourceHasMore |= page.Count >= pageSize;
            pages.Add(before is null ? page : page.Where(before.IsBefore).ToList());
        }

        var merged = Merge(pages, pageSize + 1);
        var items = merged.Take(pageSize).ToList();
        var more = merged.Count > pageSize || (someSourceHasMore && items.Count == pageSize);
        return new TimelinePage(items, more && items.Count > 0 ? new TimelineCursor(items[^1].At, items[^1].Id) : null);
    }

    /// <summary>K-way merge of lists that are each newest first; stops after <paramref name="take"/>.</summary>
    internal static List<TimelineEntry> Merge(IReadOnlyList<IReadOnlyList<TimelineEntry>> lists, int take)
    {
        var heads = new PriorityQueue<(int List, int Index), TimelineEntry>(NewestFirst);
        for (var i = 0; i < lists.Count; i++)
        {
            if (lists[i].Count > 0)
            {
                heads.Enqueue((i, 0), lists[i][0]);
            }
        }

        var merged = new List<TimelineEntry>(take);
        string? lastId = null;
        while (merged.Count < take && heads.TryDequeue(out var head, out var entry))
        {
            if (entry.Id != lastId)
            {
                merged.Add(entry);
                lastId = entry.Id;
            }

            if (head.Index + 1 < lists[head.List].Count)
            {
                heads.Enqueue((head.List, head.Index + 1), lists[head.List][head.Index + 1]);
            }
        }

        return merged;
    }
}

/// <summary>One page of the feed and the position after it (null at the end).</summary>
internal sealed record TimelinePage(IReadOnlyList<TimelineEntry> Items, TimelineCursor? Next);
