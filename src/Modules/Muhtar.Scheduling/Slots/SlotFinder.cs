namespace Muhtar.Scheduling.Slots;

/// <summary>
/// Pure slot computation (no EF, no clock of its own) so that every rule is unit-testable:
/// working hours, breaks, days off, buffers, resource capacity, existing bookings, "anyone" and step size.
/// The service must fit inside working hours and outside breaks; the buffer after it only has to stay
/// clear of other bookings (cleaning up after the last client may run past closing time).
/// </summary>
public static class SlotFinder
{
    public static IReadOnlyList<Slot> Find(
        SlotQuery query,
        IReadOnlyList<StaffAvailability> staff,
        IReadOnlyList<ResourceAvailability> resources,
        TimeZoneInfo zone,
        DateTimeOffset notBefore)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.DurationMinutes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.StepMinutes, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(query.BufferMinutes);

        var candidates = query.StaffId is { } only ? staff.Where(s => s.StaffId == only).ToList() : staff.ToList();
        var byStart = new SortedDictionary<DateTimeOffset, Slot>();
        foreach (var member in candidates)
        {
            foreach (var slot in SlotsFor(member, query, resources, zone, notBefore))
            {
                // "Anyone": the first staff member in the given order keeps the start time.
                byStart.TryAdd(slot.Start, slot);
            }
        }
        return [.. byStart.Values];
    }

    private static IEnumerable<Slot> SlotsFor(
        StaffAvailability member, SlotQuery query, IReadOnlyList<ResourceAvailability> resources,
        TimeZoneInfo zone, DateTimeOffset notBefore)
    {
        if (member.DaysOff.Contains(query.Date) || !member.Week.TryGetValue(query.Date.DayOfWeek, out var day))
        {
            yield break;
        }
        var duration = TimeSpan.FromMinutes(query.DurationMinutes);
        var occupied = duration + TimeSpan.FromMinutes(query.BufferMinutes);
        var dayEnd = ToInstant(query.Date, day.End, zone);
        var breaks = day.Breaks.Select(b => new Busy(ToInstant(query.Date, b.Start, zone), ToInstant(query.Date, b.End, zone))).ToList();

        for (var start = ToInstant(query.Date, day.Start, zone); start + duration <= dayEnd; start = start.AddMinutes(query.StepMinutes))
        {
            var serviceEnd = start + duration;
            var blockEnd = start + occupied;
            if (start < notBefore
                || breaks.Any(b => b.Overlaps(start, serviceEnd))
                || member.Bookings.Any(b => b.Overlaps(start, blockEnd))
                || resources.Any(r => PeakUse(r.Bookings, start, blockEnd) >= r.Capacity))
            {
                continue;
            }
            yield return new Slot(start, serviceEnd, member.StaffId);
        }
    }

    /// <summary>
    /// Most bookings of a resource in use at the same moment within [start, end): the count only rises at a
    /// booking's start, so checking those moments is enough (two back-to-back bookings do not add up).
    /// </summary>
    private static int PeakUse(IReadOnlyList<Busy> bookings, DateTimeOffset start, DateTimeOffset end)
    {
        var overlapping = bookings.Where(b => b.Overlaps(start, end)).ToList();
        return overlapping
            .Select(b => b.Start < start ? start : b.Start)
            .Select(moment => overlapping.Count(b => b.Start <= moment && moment < b.End))
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>Business-local date and time to an instant; TimeZoneInfo keeps this right even if DST returns.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
