namespace Muhtar.Abstractions.Scheduling.Events;

/// <summary>A booked appointment was cancelled and its time freed (gap filling and automation listen for it). Times are UTC.</summary>
public sealed record AppointmentCancelled(
    Guid AppointmentId,
    Guid CustomerId,
    Guid ServiceId,
    Guid StaffId,
    DateTime Start,
    DateTime End,
    DateTime OccurredAt);
