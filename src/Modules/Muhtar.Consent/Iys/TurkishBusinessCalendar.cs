namespace Muhtar.Consent.Iys;

/// <summary>
/// Turkish working days (iş günü) in the business time zone, Europe/Istanbul: Monday to Friday except
/// public holidays. The fixed-date holidays are known for every year; the religious ones (Ramazan and
/// Kurban Bayramı) move with the lunar calendar and are listed per year below. Years missing from that
/// table count their religious holidays as working days, so deadlines there can only come out early,
/// never late. Half days (arife, 28 October afternoon) count as working days.
/// </summary>
internal static class TurkishBusinessCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    /// <summary>Yılbaşı, Ulusal Egemenlik ve Çocuk Bayramı, Emek ve Dayanışma Günü, Atatürk'ü Anma Gençlik ve Spor
    /// Bayramı, Demokrasi ve Milli Birlik Günü, Zafer Bayramı, Cumhuriyet Bayramı.</summary>
    private static readonly (int Month, int Day)[] FixedHolidays = [(1, 1), (4, 23), (5, 1), (5, 19), (7, 15), (8, 30), (10, 29)];

    /// <summary>Ramazan Bayramı 20–22 March 2026 and Kurban Bayramı 27–30 May 2026 (official dates).</summary>
    private static readonly HashSet<DateOnly> ReligiousHolidays =
    [
        new(2026, 3, 20), new(2026, 3, 21), new(2026, 3, 22),
        new(2026, 5, 27), new(2026, 5, 28), new(2026, 5, 29), new(2026, 5, 30),
    ];

    public static bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !FixedHolidays.Contains((day.Month, day.Day))
        && !ReligiousHolidays.Contains(day);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="day"/> (the day itself not counted).</summary>
    public static DateOnly AddBusinessDays(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var current = day;
        for (var left = count; left > 0;)
        {
            current = current.AddDays(1);
            if (IsBusinessDay(current))
            {
                left--;
            }
        }

        return current;
    }

    public static DateOnly LocalDay(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    public static DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant a local day ends (midnight after it in Istanbul).</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}
