namespace Muhtar.Scheduling.Slots;

/// <summary>A half-open time span [Start, End). Bookings passed in already include their own buffer.</summary>
public readonly record struct Busy(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}

/// <summary>Local wall-clock span inside a working day (business time zone).</summary>
public readonly record struct LocalSpan(TimeOnly Start, TimeOnly End);

/// <summary>One weekday's hours for a staff member, with the breaks taken out of it.</summary>
public sealed record WorkingDay(TimeOnly Start, TimeOnly End, IReadOnlyList<LocalSpan> Breaks);

/// <summary>What the calculator needs to know about one staff member who can perform the service.</summary>
public sealed record StaffAvailability(
    Guid StaffId,
    IReadOnlyDictionary<DayOfWeek, WorkingDay> Week,
    IReadOnlySet<DateOnly> DaysOff,
    IReadOnlyList<Busy> Bookings);

/// <summary>A chair or room the service needs; Capacity appointments may use it at once.</summary>
public sealed record ResourceAvailability(Guid ResourceId, int Capacity, IReadOnlyList<Busy> Bookings);

/// <summary>
/// The question "when can this service be booked on this day?". StaffId null means "anyone":
/// the first free staff member (in the order given) takes the slot.
/// </summary>
public sealed record SlotQuery(DateOnly Date, int DurationMinutes, int BufferMinutes, int StepMinutes, Guid? StaffId);

/// <summary>A bookable start; End is the end of the service itself (without the buffer).</summary>
public readonly record struct Slot(DateTimeOffset Start, DateTimeOffset End, Guid StaffId);
