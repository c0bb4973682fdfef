using System.Collections.Concurrent;
using System.Globalization;

namespace Muhtar.Consent.Iys;

/// <summary>
/// Turkish working days (iş günü) in the business time zone, Europe/Istanbul: Monday to Friday except
/// public holidays. The fixed-date holidays are the same every year. The religious ones move with the
/// lunar (Hijri) calendar: Ramazan Bayramı is 1–3 Şevval, Kurban Bayramı 10–13 Zilhicce, each preceded by
/// its arife (eve), a half day. Their dates come from the dates Diyanet announced where we list them, and
/// otherwise from the Umm al-Qura calendar, which matched every announced Turkish date from 2020 to 2026.
/// Half days (the two arifes, 28 October afternoon) count as working days, so a deadline can only come
/// out early, never late.
/// </summary>
internal static class TurkishBusinessCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    private const int RamazanBayramiDays = 3;
    private const int KurbanBayramiDays = 4;

    /// <summary>The years whose religious holidays are computed; outside them (far from any real deadline) none are known.</summary>
    private const int FirstYear = 1902;
    private const int LastYear = 9000;

    /// <summary>Yılbaşı, Ulusal Egemenlik ve Çocuk Bayramı, Emek ve Dayanışma Günü, Atatürk'ü Anma Gençlik ve Spor
    /// Bayramı, Demokrasi ve Milli Birlik Günü, Zafer Bayramı, Cumhuriyet Bayramı.</summary>
    private static readonly (int Month, int Day)[] FixedHolidays = [(1, 1), (4, 23), (5, 1), (5, 19), (7, 15), (8, 30), (10, 29)];

    /// <summary>Cumhuriyet Bayramı arifesi: 28 October from 13:00.</summary>
    private static readonly (int Month, int Day)[] FixedHalfDays = [(10, 28)];

    /// <summary>
    /// First days of Ramazan and Kurban Bayramı as Diyanet İşleri Başkanlığı announced them (dini günler
    /// takvimi). An entry here wins over the computation for its year; add the next year when Diyanet
    /// publishes it.
    /// </summary>
    private static readonly Dictionary<int, (DateOnly Ramazan, DateOnly Kurban)> Announced = new()
    {
        [2023] = (new(2023, 4, 21), new(2023, 6, 28)),
        [2024] = (new(2024, 4, 10), new(2024, 6, 16)),
        [2025] = (new(2025, 3, 30), new(2025, 6, 6)),
        [2026] = (new(2026, 3, 20), new(2026, 5, 27)),
    };

    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar TabularHijri = new();
    private static readonly ConcurrentDictionary<int, YearHolidays> Years = new();

    public static bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// <summary>A whole-day public holiday (national or religious), whatever the weekday.</summary>
    public static bool IsPublicHoliday(DateOnly day) =>
        FixedHolidays.Contains((day.Month, day.Day)) || HolidaysOf(day.Year).FullDays.Contains(day);

    /// <summary>A day whose afternoon is a public holiday: a Bayram's arife or 28 October. It is still a working day.</summary>
    public static bool IsHalfDay(DateOnly day) =>
        FixedHalfDays.Contains((day.Month, day.Day)) || HolidaysOf(day.Year).HalfDays.Contains(day);

    /// <summary>The first day of Ramazan Bayramı (1 Şevval) in a Gregorian year.</summary>
    public static DateOnly RamazanBayrami(int year) => HolidaysOf(year).Ramazan ?? throw OutOfRange(year);

    /// <summary>The first day of Kurban Bayramı (10 Zilhicce) in a Gregorian year.</summary>
    public static DateOnly KurbanBayrami(int year) => HolidaysOf(year).Kurban ?? throw OutOfRange(year);

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

    private static YearHolidays HolidaysOf(int year) => Years.GetOrAdd(year, Build);

    /// <summary>
    /// The religious holidays that touch a Gregorian year. A Hijri year is 354 or 355 days, so a Bayram
    /// occasionally falls twice in one Gregorian year, and one starting late in December spills into the
    /// next; the Bayrams of every Hijri year overlapping the Gregorian one are laid out and clipped to it.
    /// </summary>
    private static YearHolidays Build(int year)
    {
        var full = new HashSet<DateOnly>();
        var half = new HashSet<DateOnly>();
        if (year is < FirstYear or > LastYear)
        {
            return new YearHolidays(null, null, full, half);
        }

        var ramazans = new List<DateOnly>();
        var kurbans = new List<DateOnly>();
        var calendar = CalendarFor(year);
        var first = calendar.GetYear(new DateTime(year - 1, 12, 1, 0, 0, 0, DateTimeKind.Unspecified));
        var last = calendar.GetYear(new DateTime(year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified));
        for (var hijri = first; hijri <= last; hijri++)
        {
            var ramazan = Announce(Convert(calendar, hijri, month: 10, day: 1), a => a.Ramazan);
            var kurban = Announce(Convert(calendar, hijri, month: 12, day: 10), a => a.Kurban);
            Lay(ramazan, RamazanBayramiDays, ramazans);
            Lay(kurban, KurbanBayramiDays, kurbans);
        }

        return new YearHolidays(ramazans.Min(), kurbans.Min(), full, half);

        void Lay(DateOnly firstDay, int days, List<DateOnly> starts)
        {
            if (firstDay.Year == year)
            {
                starts.Add(firstDay);
            }

            if (firstDay.AddDays(-1).Year == year)
            {
                half.Add(firstDay.AddDays(-1));
            }

            for (var i = 0; i < days; i++)
            {
                if (firstDay.AddDays(i).Year == year)
                {
                    full.Add(firstDay.AddDays(i));
                }
            }
        }
    }

    /// <summary>Umm al-Qura where .NET has its tables (1901–2076), the arithmetic Hijri calendar outside.</summary>
    private static Calendar CalendarFor(int year) => year is >= 1901 and <= 2076 ? UmAlQura : TabularHijri;

    private static DateOnly Convert(Calendar calendar, int hijriYear, int month, int day) =>
        DateOnly.FromDateTime(calendar.ToDateTime(hijriYear, month, day, 0, 0, 0, 0));

    /// <summary>An announced first day replaces the computed one of the same Bayram (they differ by a day at most).</summary>
    private static DateOnly Announce(DateOnly computed, Func<(DateOnly Ramazan, DateOnly Kurban), DateOnly> pick) =>
        Announced.TryGetValue(computed.Year, out var announced) && Math.Abs(pick(announced).DayNumber - computed.DayNumber) <= 3
            ? pick(announced)
            : computed;

    private static ArgumentOutOfRangeException OutOfRange(int year) =>
        new(nameof(year), year, $"Religious holidays are known from {FirstYear} to {LastYear}.");

    private sealed record YearHolidays(DateOnly? Ramazan, DateOnly? Kurban, HashSet<DateOnly> FullDays, HashSet<DateOnly> HalfDays);
}
