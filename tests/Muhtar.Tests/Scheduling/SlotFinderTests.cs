using Muhtar.Scheduling.Slots;

namespace Muhtar.Tests.Scheduling;

public sealed class SlotFinderTests
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");
    private static readonly DateOnly Monday = new(2026, 12, 7);
    private static readonly DateTimeOffset LongAgo = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ayse = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Mehmet = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static DateTimeOffset At(int hour, int minute = 0, DateOnly? date = null) =>
        SlotFinder.ToInstant(date ?? Monday, new TimeOnly(hour, minute), Istanbul);

    private static StaffAvailability Staff(Guid id, int from = 9, int to = 12, LocalSpan[]? breaks = null,
        DateOnly[]? daysOff = null, Busy[]? bookings = null) =>
        new(id,
            new Dictionary<DayOfWeek, WorkingDay> { [DayOfWeek.Monday] = new(new TimeOnly(from, 0), new TimeOnly(to, 0), breaks ?? []) },
            new HashSet<DateOnly>(daysOff ?? []),
            bookings ?? []);

    private static List<string> Starts(IReadOnlyList<Slot> slots) =>
        [.. slots.Select(s => TimeZoneInfo.ConvertTime(s.Start, Istanbul).ToString("HH:mm"))];

    private static IReadOnlyList<Slot> Find(StaffAvailability[] staff, int duration = 60, int buffer = 0, int step = 30,
        Guid? staffId = null, ResourceAvailability[]? resources = null, DateTimeOffset? notBefore = null, DateOnly? date = null) =>
        SlotFinder.Find(new SlotQuery(date ?? Monday, duration, buffer, step, staffId), staff, resources ?? [], Istanbul, notBefore ?? LongAgo);

    [Fact]
    public void Slots_follow_working_hours_in_Istanbul_time_at_the_step_size()
    {
        var slots = Find([Staff(Ayse)]);

        Assert.Equal(["09:00", "09:30", "10:00", "10:30", "11:00"], Starts(slots));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero), slots[0].Start);
        Assert.Equal(slots[0].Start.AddMinutes(60), slots[0].End);
    }

    [Fact]
    public void A_service_never_overlaps_a_break()
    {
        var slots = Find([Staff(Ayse, 9, 13, breaks: [new(new TimeOnly(10, 30), new TimeOnly(11, 0))])]);

        Assert.Equal(["09:00", "09:30", "11:00", "11:30", "12:00"], Starts(slots));
    }

    [Fact]
    public void Days_off_and_days_without_hours_have_no_slots()
    {
        Assert.Empty(Find([Staff(Ayse, daysOff: [Monday])]));
        Assert.Empty(Find([Staff(Ayse)], date: Monday.AddDays(1)));
    }

    [Fact]
    public void Existing_bookings_and_the_buffer_after_the_new_service_keep_clear_of_each_other()
    {
        var booked = new Busy(At(10, 30), At(11));

        Assert.Equal(["09:00", "09:30", "11:00"], Starts(Find([Staff(Ayse, bookings: [booked])], duration: 60, step: 30)));
        // With 15 minutes to clean up, 09:30-10:30 plus its buffer runs into the 10:30 booking.
        Assert.Equal(["09:00", "11:00"], Starts(Find([Staff(Ayse, bookings: [booked])], duration: 60, buffer: 15, step: 30)));
    }

    [Fact]
    public void The_buffer_may_run_past_closing_but_the_service_may_not()
    {
        var slots = Find([Staff(Ayse)], duration: 60, buffer: 30, step: 60);

        Assert.Equal(["09:00", "10:00", "11:00"], Starts(slots));
    }

    [Fact]
    public void A_resource_at_capacity_blocks_the_slot_for_every_staff_member()
    {
        var chair = new ResourceAvailability(Guid.NewGuid(), 1, [new Busy(At(9), At(10))]);
        var twoChairs = chair with { Capacity = 2 };

        Assert.Equal(["10:00", "11:00"], Starts(Find([Staff(Ayse), Staff(Mehmet)], step: 60, resources: [chair])));
        Assert.Equal(["09:00", "10:00", "11:00"], Starts(Find([Staff(Ayse)], step: 60, resources: [twoChairs])));
    }

    [Fact]
    public void Back_to_back_resource_bookings_do_not_add_up_to_capacity()
    {
        var room = new ResourceAvailability(Guid.NewGuid(), 2, [new Busy(At(9), At(9, 30)), new Busy(At(9, 30), At(10))]);

        Assert.Contains("09:00", Starts(Find([Staff(Ayse)], step: 60, resources: [room])));
    }

    [Fact]
    public void Anyone_takes_the_first_free_staff_member_and_a_chosen_one_only_their_own_slots()
    {
        var ayse = Staff(Ayse, bookings: [new Busy(At(9), At(10))]);
        var mehmet = Staff(Mehmet, 10, 12);

        var anyone = Find([ayse, mehmet], step: 60);
        var onlyMehmet = Find([ayse, mehmet], step: 60, staffId: Mehmet);

        Assert.Equal(["10:00", "11:00"], Starts(anyone));
        Assert.All(anyone, s => Assert.Equal(Ayse, s.StaffId));
        Assert.Equal(["10:00", "11:00"], Starts(onlyMehmet));
        Assert.All(onlyMehmet, s => Assert.Equal(Mehmet, s.StaffId));
        Assert.Empty(Find([ayse with { Bookings = [new Busy(At(9), At(12))] }, mehmet with { DaysOff = new HashSet<DateOnly> { Monday } }]));
    }

    [Fact]
    public void Slots_that_already_started_are_not_offered()
    {
        Assert.Equal(["10:30", "11:00"], Starts(Find([Staff(Ayse)], notBefore: At(10, 15))));
    }
}
