using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Scheduling.Booking;

/// <summary>
/// A customer's booking of a service with a staff member (and the resource the service needs). The time it
/// holds — start to <see cref="BlockEnd"/>, the buffer included — is claimed in <see cref="Occupancy"/> rows,
/// which is where the database refuses a double booking. Instants are UTC.
/// </summary>
internal sealed class Appointment : ITenantScoped, IAudited
{
    private Appointment()
    {
    }

    public Appointment(Guid customerId, Guid serviceId, Guid staffId, Guid? resourceId, DateTime start, DateTime end, DateTime blockEnd,
        AppointmentSource source, string? note, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        ServiceId = serviceId;
        StaffId = staffId;
        ResourceId = resourceId;
        Start = start;
        End = end;
        BlockEnd = blockEnd;
        Status = AppointmentStatus.Booked;
        Source = source;
        Note = note;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ServiceId { get; private set; }

    public Guid StaffId { get; private set; }

    public Guid? ResourceId { get; private set; }

    public DateTime Start { get; private set; }

    /// <summary>End of the service itself.</summary>
    public DateTime End { get; private set; }

    /// <summary>End of the service plus its buffer: what the staff member and resource are kept free until.</summary>
    public DateTime BlockEnd { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public AppointmentSource Source { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Counts the moves; it goes into reminder keys so a move back to an earlier start still gets fresh reminders.</summary>
    public int Revision { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool HoldsTime => Status is AppointmentStatus.Booked or AppointmentStatus.Completed;

    public void MoveTo(Guid staffId, DateTime start, DateTime now)
    {
        var length = End - Start;
        var block = BlockEnd - Start;
        StaffId = staffId;
        Start = start;
        End = start + length;
        BlockEnd = start + block;
        Revision++;
        UpdatedAt = now;
    }

    public void SetStatus(AppointmentStatus status, DateTime now)
    {
        Status = status;
        UpdatedAt = now;
    }
}

internal enum AppointmentStatus
{
    Booked,
    Cancelled,
    Completed,
    NoShow,
}

internal enum AppointmentSource
{
    Staff,
    Online,
    WalkIn,
}
