using Muhtar.Consent.Iys;

namespace Muhtar.Tests.Consent;

public sealed class TurkishBusinessCalendarTests
{
    [Theory]
    [InlineData("2026-11-23", true)] // Monday
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    [InlineData("2026-10-29", false)] // Cumhuriyet Bayramı
    [InlineData("2027-01-01", false)] // Yılbaşı
    [InlineData("2027-04-23", false)]
    [InlineData("2027-05-19", false)]
    [InlineData("2026-07-15", false)]
    [InlineData("2026-08-31", true)] // Zafer Bayramı fell on Sunday the 30th; Monday is a working day
    [InlineData("2026-03-20", false)] // Ramazan Bayramı
    [InlineData("2026-05-27", false)] // Kurban Bayramı
    [InlineData("2026-05-26", true)] // arife (half day) counts as a working day
    public void Weekends_and_public_holidays_are_not_working_days(string day, bool working) =>
        Assert.Equal(working, TurkishBusinessCalendar.IsBusinessDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2026-11-23", "2026-11-26")] // Monday → Thursday
    [InlineData("2026-11-27", "2026-12-02")] // Friday → over the weekend to Wednesday
    [InlineData("2026-11-28", "2026-12-02")] // Saturday → Mon, Tue, Wed
    [InlineData("2026-12-30", "2027-01-05")] // Wed → Thu 31, (Fri 1 Jan holiday, weekend), Mon 4, Tue 5
    [InlineData("2026-10-27", "2026-11-02")] // Tue → Wed 28, (Thu 29 Oct holiday), Fri 30, Mon 2
    [InlineData("2026-05-22", "2026-06-01")] // Fri → Mon 25, Tue 26, (Kurban Bayramı 27–30, Sun 31), Mon 1
    public void The_third_working_day_after_a_decision_is_the_last_day_to_report(string decided, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay), TurkishBusinessCalendar.AddBusinessDays(DateOnly.Parse(decided), 3));

    [Fact]
    public void The_decision_day_is_taken_in_Istanbul_time()
    {
        // 22:30 UTC on Friday is 01:30 on Saturday in Istanbul: the weekend has already begun.
        var decided = new DateTime(2026, 11, 27, 22, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2026, 12, 2), IysDeadline.LastDay(decided));
        Assert.Equal(new DateTime(2026, 12, 2, 21, 0, 0, DateTimeKind.Utc), IysDeadline.DueBy(decided));

        var fridayEvening = new DateTime(2026, 11, 27, 20, 59, 0, DateTimeKind.Utc); // 23:59 Friday
        Assert.Equal(new DateOnly(2026, 12, 2), IysDeadline.LastDay(fridayEvening));
        var thursday = new DateTime(2026, 11, 26, 20, 59, 0, DateTimeKind.Utc); // 23:59 Thursday
        Assert.Equal(new DateOnly(2026, 12, 1), IysDeadline.LastDay(thursday));
    }

    [Fact]
    public void Zero_working_days_is_the_day_itself()
    {
        Assert.Equal(new DateOnly(2026, 11, 28), TurkishBusinessCalendar.AddBusinessDays(new DateOnly(2026, 11, 28), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TurkishBusinessCalendar.AddBusinessDays(new DateOnly(2026, 11, 28), -1));
    }
}
