using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Timeline;

namespace Muhtar.Tests.Timeline;

public sealed class TimelineFeedTests
{
    private static readonly DateTime Start = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2026)]
    public async Task Paging_three_sources_with_many_equal_times_yields_every_entry_once_in_order(int seed)
    {
        var random = new Random(seed);
        // Few distinct instants, so most entries tie on At and only the id orders them.
        var sources = new[] { "note", "audit", "consent" }
            .Select(kind => new FakeSource(Enumerable.Range(0, random.Next(0, 60))
                .Select(i => new TimelineEntry($"{kind}:{random.Next():x8}-{i}", Start.AddMinutes(random.Next(0, 6)), kind, kind))
                .ToList()))
            .ToList();
        var expected = sources.SelectMany(s => s.Entries)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();
        var feed = new TimelineFeed(sources);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var seen = new List<string>();
            TimelineCursor? cursor = null;
            var pages = 0;
            do
            {
                var size = random.Next(1, 12);
                var page = await feed.ReadAsync(Guid.Empty, cursor, size);
                Assert.True(page.Items.Count <= size);
                Assert.True(page.Next is null || page.Items.Count == size, "a short page is the last one");
                seen.AddRange(page.Items.Select(e => e.Id));
                // The cursor goes through its text form, as API clients carry it.
                cursor = page.Next is { } next && TimelineCursorText.TryRead(TimelineCursorText.Write(next), out var read) ? read : null;
                Assert.True(++pages <= expected.Count + 1, "paging terminates");
            }
            while (cursor is not null);

            Assert.Equal(expected, seen);
        }
    }

    [Fact]
    public async Task An_empty_timeline_has_no_next_page()
    {
        var page = await new TimelineFeed([new FakeSource([]), new FakeSource([])]).ReadAsync(Guid.Empty, null, 20);
        Assert.Empty(page.Items);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task Sources_the_reader_may_not_see_are_left_out()
    {
        var hidden = new FakeSource([new TimelineEntry("audit:1", Start, "audit", "x")]);
        var shown = new FakeSource([new TimelineEntry("note:1", Start, "note", "x")]);
        var page = await new TimelineFeed([hidden, shown]).ReadAsync(Guid.Empty, null, 20, s => s != hidden);
        Assert.Equal(["note:1"], page.Items.Select(e => e.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("MTIz")] // "123": no separator
    [InlineData("fDEy")] // "|12": no time
    public void A_malformed_cursor_is_rejected(string text) => Assert.False(TimelineCursorText.TryRead(text, out _));

    /// <summary>A source that honours the contract: strictly before the cursor, newest first, at most take.</summary>
    private sealed class FakeSource(IReadOnlyList<TimelineEntry> entries) : ITimelineSource
    {
        public IReadOnlyList<TimelineEntry> Entries { get; } = entries;

        public Task<IReadOnlyList<TimelineEntry>> ReadAsync(Guid customerId, TimelineCursor? before, int take, CancellationToken cancellationToken) =>
            Task.FromResult(TimelinePaging.Newest(Entries.Where(e => before is null || before.IsBefore(e)), take));
    }
}
