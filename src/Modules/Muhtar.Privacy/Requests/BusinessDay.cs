namespace Muhtar.Privacy.Requests;

/// <summary>Due dates are calendar days where the business is (Europe/Istanbul), not UTC days.</summary>
internal sealed class BusinessDay(TimeProvider time)
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, Istanbul));
}
