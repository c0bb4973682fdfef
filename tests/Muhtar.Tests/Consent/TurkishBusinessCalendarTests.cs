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

    [Theory]
    [InlineData(2026, "2026-03-20", "2026-05-27")] // announced by Diyanet
    [InlineData(2027, "2027-03-09", "2027-05-16")]
    [InlineData(2028, "2028-02-26", "2028-05-05")]
    [InlineData(2030, "2030-02-04", "2030-04-13")]
    public void Bayram_dates_are_known_for_every_year(int year, string ramazan, string kurban)
    {
        Assert.Equal(DateOnly.Parse(ramazan), TurkishBusinessCalendar.RamazanBayrami(year));
        Assert.Equal(DateOnly.Parse(kurban), TurkishBusinessCalendar.KurbanBayrami(year));
    }

    [Theory]
    [InlineData("2027-03-08", true, true)] // Ramazan Bayramı arifesi, Monday: a half day, still a working day
    [InlineData("2027-03-09", false, false)] // Ramazan Bayramı, Tuesday to Thursday
    [InlineData("2027-03-10", false, false)]
    [InlineData("2027-03-11", false, false)]
    [InlineData("2027-03-12", true, false)] // Friday after it: a normal working day
    [InlineData("2027-05-14", true, false)] // Friday before the Saturday arife
    [InlineData("2027-05-15", false, true)] // Kurban Bayramı arifesi falls on Saturday
    [InlineData("2027-05-17", false, false)] // Kurban Bayramı 16–19 May 2027, Monday to Wednesday off
    [InlineData("2027-05-18", false, false)]
    [InlineData("2027-05-19", false, false)] // also Gençlik ve Spor Bayramı
    [InlineData("2027-05-20", true, false)]
    [InlineData("2028-02-25", true, true)] // Ramazan Bayramı arifesi, Friday
    [InlineData("2028-02-28", false, false)] // Ramazan Bayramı 26–28 Feb 2028, third day a Monday
    [InlineData("2028-05-04", true, true)] // Kurban Bayramı arifesi, Thursday
    [InlineData("2028-05-05", false, false)] // Kurban Bayramı 5–8 May 2028
    [InlineData("2028-05-08", false, false)]
    [InlineData("2028-05-09", true, false)]
    [InlineData("2026-05-26", true, true)] // 2026 Kurban Bayramı arifesi
    [InlineData("2027-10-28", true, true)] // Cumhuriyet Bayramı arifesi, afternoon off
    [InlineData("2027-10-29", false, false)]
    public void Religious_holidays_and_their_eves_are_right_after_2026(string day, bool working, bool halfDay)
    {
        var date = DateOnly.Parse(day);
        Assert.Equal(working, TurkishBusinessCalendar.IsBusinessDay(date));
        Assert.Equal(halfDay, TurkishBusinessCalendar.IsHalfDay(date));
    }

    [Theory]
    [InlineData("2027-03-05", "2027-03-15")] // Fri → Mon 8 (arife), (Bayram Tue–Thu), Fri 12, Mon 15
    [InlineData("2027-05-13", "2027-05-21")] // Thu → Fri 14, (Sat arife, Sun–Wed Bayram), Thu 20, Fri 21
    [InlineData("2028-02-24", "2028-03-01")] // Thu → Fri 25 (arife), (Sat–Mon Bayram), Tue 29, Wed 1 Mar
    [InlineData("2028-05-03", "2028-05-10")] // Wed → Thu 4 (arife), (Fri–Mon Bayram), Tue 9, Wed 10
    public void A_deadline_spanning_a_Bayram_skips_it(string decided, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay), TurkishBusinessCalendar.AddBusinessDays(DateOnly.Parse(decided), 3));

    [Fact]
    public void A_decision_before_the_2027_Kurban_Bayrami_is_due_after_it()
    {
        // Thursday 13 May 2027, 15:00 in Istanbul.
        var decided = new DateTime(2027, 5, 13, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2027, 5, 21), IysDeadline.LastDay(decided));
        Assert.Equal(new DateTime(2027, 5, 21, 21, 0, 0, DateTimeKind.Utc), IysDeadline.DueBy(decided));
    }

    [Fact]
    public void A_Bayram_that_falls_twice_in_one_year_is_a_holiday_both_times()
    {
        // Hijri years are 11 days shorter: in 2033 Ramazan Bayramı starts on 2 January and again on 23 December.
        Assert.Equal(new DateOnly(2033, 1, 2), TurkishBusinessCalendar.RamazanBayrami(2033));
        Assert.False(TurkishBusinessCalendar.IsBusinessDay(new DateOnly(2033, 1, 3))); // Monday, 2nd day
        Assert.False(TurkishBusinessCalendar.IsBusinessDay(new DateOnly(2033, 1, 4))); // Tuesday, 3rd day
        Assert.True(TurkishBusinessCalendar.IsHalfDay(new DateOnly(2033, 12, 22))); // arife, Thursday
        Assert.False(TurkishBusinessCalendar.IsBusinessDay(new DateOnly(2033, 12, 23))); // Friday, 1st day
        // The December Bayram ends on Sunday the 25th.
        Assert.True(TurkishBusinessCalendar.IsBusinessDay(new DateOnly(2033, 12, 26)));
    }

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
