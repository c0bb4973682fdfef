namespace Muhtar.Scheduling.Booking;

/// <summary>The wire names of statuses and sources ("no-show", "walk-in").</summary>
internal static class AppointmentSources
{
    public static string Name(AppointmentSource source) => source switch
    {
        AppointmentSource.Online => "online",
        AppointmentSource.WalkIn => "walk-in",
        _ => "staff",
    };

    public static AppointmentSource? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "staff" => AppointmentSource.Staff,
        "online" => AppointmentSource.Online,
        "walk-in" => AppointmentSource.WalkIn,
        _ => null,
    };

    public static string Name(AppointmentStatus status) => status switch
    {
        AppointmentStatus.Cancelled => "cancelled",
        AppointmentStatus.Completed => "completed",
        AppointmentStatus.NoShow => "no-show",
        _ => "booked",
    };
}
