using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Platform.Text;
using Muhtar.Scheduling.Services;
using Muhtar.Scheduling.Slots;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Booking;

/// <summary>Loads hours, days off, bookings and resources from the database and asks <see cref="SlotFinder"/> for free starts.</summary>
internal sealed class Availability(IDbContextFactory<MuhtarDbContext> dbFactory, ITenantContext tenant, TimeProvider time)
{
    /// <summary>Starts offered to people are a quarter-hour apart; any 5-minute start is accepted when booking.</summary>
    public const int OfferStepMinutes = 15;

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = await db.Set<Tenant>().Where(t => t.Id == tenant.TenantId).Select(t => t.TimeZone).SingleAsync(ct);
        return TimeZoneInfo.FindSystemTimeZoneById(id);
    }

    /// <summary>Active staff members who perform the service, in name order ("anyone" takes the first free one).</summary>
    public static IReadOnlyList<StaffMember> Performers(IEnumerable<StaffMember> staff, Guid serviceId) =>
        [.. staff.Where(s => s.IsActive && s.ServiceIds.Contains(serviceId))
            .OrderBy(s => s.DisplayName, StringComparer.Create(TurkishText.Turkish, false))];

    public async Task<IReadOnlyList<Slot>> FindAsync(
        BookableService service, DateOnly date, Guid? staffId, int stepMinutes, Guid? ignoreAppointmentId, CancellationToken ct = default)
    {
        var zone = await ZoneAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var performers = Performers(await db.Set<StaffMember>().AsNoTracking().ToListAsync(ct), service.Id);
        var from = SlotFinder.ToInstant(date, TimeOnly.MinValue, zone).UtcDateTime;
        var to = SlotFinder.ToInstant(date.AddDays(1), TimeOnly.MinValue, zone).UtcDateTime;
        var staffIds = performers.Select(s => s.Id).ToList();
        var booked = await db.Set<Appointment>().AsNoTracking()
            .Where(a => (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Completed)
                        && a.Start < to && a.BlockEnd > from && a.Id != ignoreAppointmentId
                        && (staffIds.Contains(a.StaffId) || (service.ResourceId != null && a.ResourceId == service.ResourceId)))
            .Select(a => new { a.StaffId, a.ResourceId, a.Start, a.BlockEnd })
            .ToListAsync(ct);

        var staff = performers.Select(s => new StaffAvailability(
            s.Id,
            WorkingHours.ToWeek(s.Hours),
            s.DaysOff.ToHashSet(),
            [.. booked.Where(b => b.StaffId == s.Id).Select(b => Busy(b.Start, b.BlockEnd))])).ToList();

        var resources = new List<ResourceAvailability>();
        if (service.ResourceId is { } resourceId)
        {
            var resource = await db.Set<Resource>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == resourceId, ct);
            // A switched-off resource has no room left, so nothing that needs it can be booked.
            var capacity = resource is { IsActive: true } ? resource.Capacity : 0;
            resources.Add(new ResourceAvailability(resourceId, capacity,
                [.. booked.Where(b => b.ResourceId == resourceId).Select(b => Busy(b.Start, b.BlockEnd))]));
        }

        var query = new SlotQuery(date, service.DurationMinutes, service.BufferMinutes, stepMinutes, staffId);
        return SlotFinder.Find(query, staff, resources, zone, time.GetUtcNow());
    }

    private static Busy Busy(DateTime start, DateTime end) =>
        new(new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)), new DateTimeOffset(DateTime.SpecifyKind(end, DateTimeKind.Utc)));
}
