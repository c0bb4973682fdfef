using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Muhtar.Abstractions.Timeline;

/// <summary>
/// The page a timeline source owes the feed, read from an EF query: entries strictly before the cursor,
/// newest first by (At, Id), at most <c>take</c>. Rows that share an instant are compared by the entry id
/// in memory (ordinal, as <see cref="TimelineCursor"/> does), so no provider's ordering of GUIDs matters
/// and a tie at the page edge is never cut in half.
/// </summary>
public static class TimelinePaging
{
    public static async Task<IReadOnlyList<TimelineEntry>> ReadAsync<T>(
        IQueryable<T> rows, Expression<Func<T, DateTime>> at, Func<T, TimelineEntry> toEntry,
        TimelineCursor? before, int take, CancellationToken cancellationToken)
    {
        if (take <= 0)
        {
            return [];
        }

        var older = before is null ? rows : rows.Where(Compare(at, ExpressionType.LessThan, before.At));
        var page = await older.OrderByDescending(at).Take(take).ToListAsync(cancellationToken);
        var candidates = new List<T>(page);
        if (page.Count == take)
        {
            // The last instant on the page may have more rows than fitted: take all of them.
            var instantOf = at.Compile();
            var edge = instantOf(page[^1]);
            candidates.RemoveAll(r => instantOf(r) == edge);
            candidates.AddRange(await rows.Where(Compare(at, ExpressionType.Equal, edge)).ToListAsync(cancellationToken));
        }

        if (before is not null)
        {
            // Rows at the cursor's own instant that come after it by id.
            candidates.AddRange(await rows.Where(Compare(at, ExpressionType.Equal, before.At)).ToListAsync(cancellationToken));
        }

        return Newest(candidates.Select(toEntry).Where(e => before is null || before.IsBefore(e)), take);
    }

    /// <summary>Newest first by (At, Id) with ordinal ids, the order every source and the feed share.</summary>
    public static IReadOnlyList<TimelineEntry> Newest(IEnumerable<TimelineEntry> entries, int take) =>
        entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal).Take(take).ToList();

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTime>> at, ExpressionType op, DateTime value)
    {
        // A captured value (not a constant) so EF sends it as a parameter.
        var holder = new InstantHolder(DateTime.SpecifyKind(value, DateTimeKind.Utc));
        var parameter = Expression.Property(Expression.Constant(holder), nameof(InstantHolder.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(op, at.Body, parameter), at.Parameters);
    }

    private sealed class InstantHolder(DateTime value)
    {
        public DateTime Value { get; } = value;
    }
}
