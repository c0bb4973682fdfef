using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Scheduling.Events;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Services;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Booking;

/// <summary>
/// Books, moves, cancels and marks no-shows (S2-S4). Free time is checked against hours, breaks and days off
/// with <see cref="Availability"/>; the final word on "is it still free" is the unique index on
/// <see cref="Occupancy"/>, written in the same transaction as the appointment.
/// </summary>
internal sealed class AppointmentBook(
    IDbContextFactory<MuhtarDbContext> dbFactory, Availability availability, BookingCustomers customers, AppointmentReminders reminders,
    AppointmentViews views, TimeProvider time, IStringLocalizer<SchedulingResource> text)
{
    public async Task<AppointmentView> BookAsync(BookingDraft draft, CancellationToken ct = default)
    {
        var service = await ServiceAsync(draft.ServiceId, ct);
        var start = CheckStart(draft.Start);
        var note = CheckNote(draft.Note);
        var customer = await customers.ResolveAsync(draft.CustomerId, draft.Phone, draft.FirstName, draft.LastName, ct);
        var staffId = await FreeStaffAsync(service, start, draft.StaffId, null, ct);

        var startUtc = start.UtcDateTime;
        var appointment = new Appointment(customer.Id, service.Id, staffId, service.ResourceId, startUtc,
            startUtc.AddMinutes(service.DurationMinutes), startUtc.AddMinutes(service.DurationMinutes + service.BufferMinutes),
            draft.Source, note, time.GetUtcNow().UtcDateTime);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.Add(appointment);
            await ClaimAsync(db, appointment, ct);
            db.Publish(new AppointmentBooked(appointment.Id, customer.Id, service.Id, staffId, appointment.Start, appointment.End,
                AppointmentSources.Name(draft.Source), appointment.CreatedAt));
            await SaveClaimAsync(db, ct);
        }

        await reminders.PlanAsync(appointment, customer, service, ct);
        return (await views.GetAsync(appointment.Id, ct))!;
    }

    /// <summary>Moves to another start (and optionally another staff member); null when the id is not this business's.</summary>
    public async Task<AppointmentView?> MoveAsync(Guid id, DateTimeOffset? newStart, Guid? newStaffId, CancellationToken ct = default)
    {
        var start = CheckStart(newStart);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointment = await db.Set<Appointment>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return null;
        }
        if (appointment.Status != AppointmentStatus.Booked)
        {
            throw new RuleViolation("status", text["Booking.NotBooked"], 409);
        }

        var service = await db.Set<BookableService>().AsNoTracking().SingleAsync(s => s.Id == appointment.ServiceId, ct);
        var staffId = await FreeStaffAsync(service, start, newStaffId ?? appointment.StaffId, appointment.Id, ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // Old units go and new ones come in one transaction: a refused move keeps the old time held.
            await db.Set<Occupancy>().Where(o => o.AppointmentId == id).ExecuteDeleteAsync(ct);
            appointment.MoveTo(staffId, start.UtcDateTime, time.GetUtcNow().UtcDateTime);
            await ClaimAsync(db, appointment, ct);
            await SaveClaimAsync(db, ct);
            await tx.CommitAsync(ct);
        }

        await reminders.ReplanAsync(appointment, service, ct);
        return await views.GetAsync(id, ct);
    }

    public Task<AppointmentView?> CancelAsync(Guid id, CancellationToken ct = default) => EndAsync(id, AppointmentStatus.Cancelled, ct);

    public Task<AppointmentView?> NoShowAsync(Guid id, CancellationToken ct = default) => EndAsync(id, AppointmentStatus.NoShow, ct);

    /// <summary>Cancelled and no-show appointments free their time and drop their unsent reminders.</summary>
    private async Task<AppointmentView?> EndAsync(Guid id, AppointmentStatus status, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointment = await db.Set<Appointment>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return null;
        }
        if (appointment.Status != AppointmentStatus.Booked)
        {
            throw new RuleViolation("status", text["Booking.NotBooked"], 409);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (status == AppointmentStatus.NoShow && appointment.Start > now)
        {
            throw new RuleViolation("status", text["Booking.NoShowTooEarly"], 409);
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Set<Occupancy>().Where(o => o.AppointmentId == id).ExecuteDeleteAsync(ct);
            appointment.SetStatus(status, now);
            if (status == AppointmentStatus.Cancelled)
            {
                db.Publish(new AppointmentCancelled(appointment.Id, appointment.CustomerId, appointment.ServiceId, appointment.StaffId,
                    appointment.Start, appointment.End, now));
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        await reminders.CancelAsync(id, ct);
        return await views.GetAsync(id, ct);
    }

    private async Task<BookableService> ServiceAsync(Guid? serviceId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var service = serviceId is null ? null : await db.Set<BookableService>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, ct);
        return service is { IsActive: true } ? service : throw new RuleViolation("serviceId", text["Booking.ServiceUnknown"]);
    }

    private DateTimeOffset CheckStart(DateTimeOffset? start)
    {
        if (start is not { } value || value.Second != 0 || value.Millisecond != 0 || value.Minute % Occupancy.UnitMinutes != 0)
        {
            throw new RuleViolation("start", text["Booking.StartInvalid"]);
        }
        if (value <= time.GetUtcNow())
        {
            throw new RuleViolation("start", text["Booking.StartPast"]);
        }
        return value;
    }

    private string? CheckNote(string? note) =>
        note?.Trim() is { Length: > 1000 } ? throw new RuleViolation("note", text["Booking.NoteTooLong"]) : string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    /// <summary>Who can take the service at that start: the given staff member, or the first free one for "anyone".</summary>
    private async Task<Guid> FreeStaffAsync(BookableService service, DateTimeOffset start, Guid? staffId, Guid? ignore, CancellationToken ct)
    {
        var zone = await availability.ZoneAsync(ct);
        if (staffId is { } wanted)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var staff = await db.Set<StaffMember>().AsNoTracking().ToListAsync(ct);
            if (!Availability.Performers(staff, service.Id).Any(s => s.Id == wanted))
            {
                throw new RuleViolation("staffId", text["Booking.StaffCannot"]);
            }
        }

        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        var slots = await availability.FindAsync(service, date, staffId, Occupancy.UnitMinutes, ignore, ct);
        return slots.Where(s => s.Start == start).Select(s => (Guid?)s.StaffId).FirstOrDefault() ?? throw SlotTaken();
    }

    /// <summary>Adds the occupancy rows: every unit for the staff member, and a free slot index per unit of the resource.</summary>
    private async Task ClaimAsync(MuhtarDbContext db, Appointment appointment, CancellationToken ct)
    {
        var units = Occupancy.Units(appointment.Start, appointment.BlockEnd).ToList();
        db.AddRange(units.Select(u => new Occupancy(appointment.Id, HolderKind.Staff, appointment.StaffId, 0, u)));
        if (appointment.ResourceId is not { } resourceId)
        {
            return;
        }

        var capacity = await db.Set<Resource>().Where(r => r.Id == resourceId && r.IsActive).Select(r => r.Capacity).SingleOrDefaultAsync(ct);
        var (first, last) = (units[0], units[^1]);
        var taken = (await db.Set<Occupancy>().AsNoTracking()
                .Where(o => o.HolderKind == HolderKind.Resource && o.HolderId == resourceId && o.Unit >= first && o.Unit <= last)
                .Select(o => new { o.Unit, o.SlotIndex }).ToListAsync(ct))
            .ToLookup(o => o.Unit, o => o.SlotIndex);
        foreach (var unit in units)
        {
            var index = Enumerable.Range(0, capacity).Where(i => !taken[unit].Contains(i)).Select(i => (int?)i).FirstOrDefault()
                ?? throw SlotTaken();
            db.Add(new Occupancy(appointment.Id, HolderKind.Resource, resourceId, index, unit));
        }
    }

    private async Task SaveClaimAsync(MuhtarDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsOccupied(ex))
        {
            // Someone else took one of these units between our check and our insert.
            throw SlotTaken();
        }
    }

    private RuleViolation SlotTaken() => new("start", text["Booking.SlotTaken"], 409);

    private static bool IsOccupied(DbUpdateException ex) =>
        UniqueIndex.IsViolated(ex, OccupancyConfiguration.HolderUnitIndex, "scheduling_occupancy.");
}

/// <summary>What a booking asks for: the customer by id or by phone (with a name for a new one).</summary>
internal sealed record BookingDraft(
    Guid? CustomerId, string? Phone, string? FirstName, string? LastName, Guid? ServiceId, Guid? StaffId, DateTimeOffset? Start,
    AppointmentSource Source, string? Note);
