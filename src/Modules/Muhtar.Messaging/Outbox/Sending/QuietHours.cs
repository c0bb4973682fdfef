namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>
/// Quiet hours in the business's own time zone (Europe/Istanbul by default). A window may cross midnight
/// (20:00–09:00). Turkey has no DST, but the conversion goes through the time zone so any zone works.
/// </summary>
internal static class QuietHours
{
    /// <summary>The UTC instant the quiet window containing <paramref name="nowUtc"/> ends, or null when it is not quiet now.</summary>
    public static DateTime? EndsAt(DateTime nowUtc, TimeOnly start, TimeOnly end, TimeZoneInfo zone)
    {
        if (start == end)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone);
        var time = TimeOnly.FromDateTime(local);
        var crossesMidnight = start > end;
        var quiet = crossesMidnight ? time >= start || time < end : time >= start && time < end;
        if (!quiet)
        {
            return null;
        }

        var endDate = DateOnly.FromDateTime(local);
        if (crossesMidnight && time >= start)
        {
            endDate = endDate.AddDays(1);
        }

        var localEnd = endDate.ToDateTime(end, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(localEnd, zone);
    }

    public static TimeZoneInfo Zone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Europe/Istanbul" : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");
        }
    }
}
