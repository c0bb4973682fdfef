namespace Muhtar.Automation.Triggers;

/// <summary>
/// When a date rule fires for one customer's date: the (anniversary of the) date moved by the offset, at
/// the rule's local time in the business's time zone, as a UTC instant. Turkey has had no daylight saving
/// since 2016, but the conversion goes through <see cref="TimeZoneInfo"/> so any zone is right.
/// </summary>
internal static class DateOccurrences
{
    /// <summary>One firing: the date it is about (this year's birthday, the contract end) and when it fires (UTC).</summary>
    public readonly record struct Occurrence(DateOnly Date, DateTime FiresAt);

    /// <summary>Firings with <paramref name="fromExclusive"/> &lt; FiresAt ≤ <paramref name="toInclusive"/> (UTC instants).</summary>
    public static IEnumerable<Occurrence> Between(
        DateOnly date, bool yearly, int offsetDays, TimeOnly localTime, TimeZoneInfo zone, DateTime fromExclusive, DateTime toInclusive)
    {
        if (!yearly)
        {
            var once = Fire(date, offsetDays, localTime, zone);
            if (once > fromExclusive && once <= toInclusive)
            {
                yield return new Occurrence(date, once);
            }

            yield break;
        }

        // An offset moves the firing up to a few years away from the anniversary; look a little wider.
        var spread = Math.Abs(offsetDays) / 365 + 1;
        var first = TimeZoneInfo.ConvertTimeFromUtc(fromExclusive, zone).Year - spread;
        var last = TimeZoneInfo.ConvertTimeFromUtc(toInclusive, zone).Year + spread;
        for (var year = first; year <= last; year++)
        {
            if (year < date.Year || year > DateOnly.MaxValue.Year - 1)
            {
                continue;
            }

            var anniversary = Anniversary(date, year);
            var fires = Fire(anniversary, offsetDays, localTime, zone);
            if (fires > fromExclusive && fires <= toInclusive)
            {
                yield return new Occurrence(anniversary, fires);
            }
        }
    }

    /// <summary>The date in <paramref name="year"/>; 29 February is kept on 28 February in common years.</summary>
    public static DateOnly Anniversary(DateOnly date, int year) =>
        new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));

    public static DateTime Fire(DateOnly date, int offsetDays, TimeOnly localTime, TimeZoneInfo zone)
    {
        var local = date.AddDays(offsetDays).ToDateTime(localTime, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>
    /// True when some day's <paramref name="localTime"/> falls in (from, to]: only then can any date rule with
    /// that time fire, so a scan that crosses no such moment need not read a single customer.
    /// </summary>
    public static bool CrossesLocalTime(TimeOnly localTime, TimeZoneInfo zone, DateTime fromExclusive, DateTime toInclusive)
    {
        if (toInclusive <= fromExclusive)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(fromExclusive, zone)).AddDays(-1);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(toInclusive, zone)).AddDays(1);
        for (; day <= lastDay; day = day.AddDays(1))
        {
            var at = Fire(day, 0, localTime, zone);
            if (at > fromExclusive && at <= toInclusive)
            {
                return true;
            }
        }

        return false;
    }

    public static TimeZoneInfo Zone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? IstanbulZone : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById(IstanbulZone);
        }
    }

    public const string IstanbulZone = "Europe/Istanbul";
}
