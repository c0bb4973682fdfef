using Bogus;

namespace Muhtar.Pos.Demo;

/// <summary>
/// Picks realistic sale times in the stores' local time (Europe/Istanbul): busier on Fridays and
/// weekends, peaks at lunch and after work, stores open 08:00–22:00, a business that grows a little
/// over the period. Returns UTC instants.
/// </summary>
internal sealed class DemoCalendar
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    // Monday .. Sunday.
    private static readonly double[] WeekdayWeights = [0.9, 0.85, 0.9, 0.95, 1.1, 1.35, 1.15];

    // Opening hours 08:00–21:59, index 0 = 08:00.
    private static readonly double[] HourWeights = [2, 4, 6, 7, 8, 7, 5, 5, 6, 8, 10, 10, 8, 4];
    private const int OpeningHour = 8;

    private readonly DateTime _startUtc;
    private readonly DateTime _endUtc;
    private readonly DateTime _startLocalDay;
    private readonly int _days;

    public DemoCalendar(DateTime startUtc, DateTime endUtc)
    {
        _startUtc = startUtc;
        _endUtc = endUtc;
        _startLocalDay = TimeZoneInfo.ConvertTimeFromUtc(startUtc, Istanbul).Date;
        _days = (int)(TimeZoneInfo.ConvertTimeFromUtc(endUtc, Istanbul).Date - _startLocalDay).TotalDays + 1;
    }

    public DateTime StartUtc => _startUtc;

    public DateTime EndUtc => _endUtc;

    /// <summary>
    /// A sale time within [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) and the calendar's period,
    /// in the shopper's usual hours most of the time; null when the window has no opening hours left.
    /// </summary>
    public DateTime? Sample(Randomizer random, DateTime fromUtc, DateTime toUtc, HourBand band)
    {
        fromUtc = fromUtc < _startUtc ? _startUtc : fromUtc;
        toUtc = toUtc > _endUtc ? _endUtc : toUtc;
        if (toUtc <= fromUtc)
        {
            return null;
        }

        var firstDay = DayIndex(fromUtc);
        var dayCount = DayIndex(toUtc) - firstDay + 1;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var day = firstDay + random.Int(0, dayCount - 1);
            var date = _startLocalDay.AddDays(day);
            // Rejection sampling: busy weekdays and later (grown) months are accepted more often.
            var growth = 0.8 + (0.4 * day / _days);
            if (random.Double() * 1.35 * 1.2 > WeekdayWeights[((int)date.DayOfWeek + 6) % 7] * growth)
            {
                continue;
            }

            var local = date.AddHours(Hour(random, band)).AddMinutes(random.Int(0, 59)).AddSeconds(random.Int(0, 59));
            var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Istanbul);
            if (utc >= fromUtc && utc < toUtc)
            {
                return utc;
            }
        }

        return null;
    }

    /// <summary>The local hour of a time, for shift planning (who is at the till).</summary>
    public static int LocalHour(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Istanbul).Hour;

    private int DayIndex(DateTime utc) => (int)(TimeZoneInfo.ConvertTimeFromUtc(utc, Istanbul).Date - _startLocalDay).TotalDays;

    private static int Hour(Randomizer random, HourBand band)
    {
        var (from, to) = band switch
        {
            HourBand.Morning => (8, 11),
            HourBand.Midday => (11, 15),
            HourBand.Evening => (17, 21),
            _ => (8, 21),
        };
        if (band != HourBand.Any && random.Double() >= 0.75)
        {
            (from, to) = (8, 21);
        }

        var weights = HourWeights[(from - OpeningHour)..(to - OpeningHour + 1)];
        return from + random.PickIndex(weights, weights.Sum());
    }
}
