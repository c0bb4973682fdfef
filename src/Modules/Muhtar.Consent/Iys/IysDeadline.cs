namespace Muhtar.Consent.Iys;

/// <summary>
/// İYS takes a decision a business collected only if it is reported within 3 working days of the
/// decision date: a decision made on Friday must be in by the end of Wednesday.
/// </summary>
internal static class IysDeadline
{
    public const int BusinessDays = 3;

    /// <summary>The last local day to report on.</summary>
    public static DateOnly LastDay(DateTime decidedAtUtc) =>
        TurkishBusinessCalendar.AddBusinessDays(TurkishBusinessCalendar.LocalDay(decidedAtUtc), BusinessDays);

    /// <summary>The UTC instant from which the report is late.</summary>
    public static DateTime DueBy(DateTime decidedAtUtc) => TurkishBusinessCalendar.EndOfDayUtc(LastDay(decidedAtUtc));
}
