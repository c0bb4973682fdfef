namespace Muhtar.Abstractions.Scheduling.Events;

/// <summary>An appointment was booked (by staff, online or as a walk-in). Automation rules trigger on it
/// ("after a first booking, tag the customer…"). Times are UTC.</summary>
public sealed record AppointmentBooked(
    Guid AppointmentId,
    Guid CustomerId,
    Guid ServiceId,
    Guid StaffId,
    DateTime Start,
    DateTime End,
    string Source,
    DateTime OccurredAt);
