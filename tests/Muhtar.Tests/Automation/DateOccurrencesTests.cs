using Muhtar.Automation.Triggers;

namespace Muhtar.Tests.Automation;

public sealed class DateOccurrencesTests
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    private static DateTime Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public void A_birthday_at_10_Istanbul_fires_at_07_UTC_every_year()
    {
        var birth = new DateOnly(1990, 3, 15);
        var fires = DateOccurrences.Between(birth, yearly: true, 0, new TimeOnly(10, 0), Istanbul, Utc(2026, 1, 1, 0), Utc(2028, 1, 1, 0)).ToList();
        Assert.Equal([Utc(2026, 3, 15, 7), Utc(2027, 3, 15, 7)], fires.Select(f => f.FiresAt));
        Assert.Equal([new DateOnly(2026, 3, 15), new DateOnly(2027, 3, 15)], fires.Select(f => f.Date));
    }

    [Fact]
    public void The_window_is_open_at_the_start_and_closed_at_the_end()
    {
        var birth = new DateOnly(1990, 3, 15);
        Assert.Empty(DateOccurrences.Between(birth, true, 0, new TimeOnly(10, 0), Istanbul, Utc(2026, 3, 15, 7), Utc(2026, 3, 16, 7)));
        Assert.Single(DateOccurrences.Between(birth, true, 0, new TimeOnly(10, 0), Istanbul, Utc(2026, 3, 15, 6, 59), Utc(2026, 3, 15, 7)));
    }

    [Fact]
    public void An_early_morning_local_time_is_the_previous_UTC_day()
    {
        var fire = DateOccurrences.Fire(new DateOnly(2026, 6, 1), 0, new TimeOnly(1, 30), Istanbul);
        Assert.Equal(Utc(2026, 5, 31, 22, 30), fire);
    }

    [Fact]
    public void Days_before_and_after_move_the_firing_and_keep_the_occurrence_date()
    {
        var contractEnd = new DateOnly(2027, 1, 3);
        var before = Assert.Single(DateOccurrences.Between(contractEnd, false, -7, new TimeOnly(9, 0), Istanbul, Utc(2026, 12, 1, 0), Utc(2027, 2, 1, 0)));
        Assert.Equal(Utc(2026, 12, 27, 6), before.FiresAt);
        Assert.Equal(contractEnd, before.Date);
        // Yearly with an offset across New Year: a 2 January birthday, 5 days before, fires on 28 December.
        var yearly = DateOccurrences.Between(new DateOnly(1980, 1, 2), true, -5, new TimeOnly(9, 0), Istanbul, Utc(2026, 12, 1, 0), Utc(2027, 1, 10, 0)).ToList();
        Assert.Equal([Utc(2026, 12, 28, 6)], yearly.Select(o => o.FiresAt));
        Assert.Equal([new DateOnly(2027, 1, 2)], yearly.Select(o => o.Date));
    }

    [Fact]
    public void A_29_February_birthday_is_kept_on_28_February_in_common_years()
    {
        var fires = DateOccurrences.Between(new DateOnly(2000, 2, 29), true, 0, new TimeOnly(10, 0), Istanbul, Utc(2027, 1, 1, 0), Utc(2029, 1, 1, 0)).ToList();
        Assert.Equal([Utc(2027, 2, 28, 7), Utc(2028, 2, 29, 7)], fires.Select(f => f.FiresAt));
    }

    [Fact]
    public void A_scan_that_crosses_no_firing_time_is_recognised()
    {
        var at = new TimeOnly(10, 0);
        Assert.False(DateOccurrences.CrossesLocalTime(at, Istanbul, Utc(2026, 3, 15, 7, 1), Utc(2026, 3, 15, 8)));
        Assert.True(DateOccurrences.CrossesLocalTime(at, Istanbul, Utc(2026, 3, 15, 6, 59), Utc(2026, 3, 15, 7)));
        Assert.True(DateOccurrences.CrossesLocalTime(at, Istanbul, Utc(2026, 3, 14, 8), Utc(2026, 3, 16, 6)));
    }

    [Fact]
    public void A_birthday_never_fires_before_the_person_was_born()
    {
        Assert.Empty(DateOccurrences.Between(new DateOnly(2027, 5, 1), true, 0, new TimeOnly(10, 0), Istanbul, Utc(2026, 1, 1, 0), Utc(2026, 12, 31, 0)));
    }
}
