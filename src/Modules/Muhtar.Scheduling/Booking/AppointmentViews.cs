using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Data;
using Muhtar.Scheduling.Services;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Booking;

/// <summary>An appointment as the calendar and the API show it, with who, what and the customer's no-show count.</summary>
internal sealed record AppointmentView(
    Guid Id, Guid CustomerId, string CustomerName, string? CustomerPhone, int CustomerNoShows,
    Guid ServiceId, string ServiceName, Guid StaffId, string StaffName, Guid? ResourceId,
    DateTime Start, DateTime End, AppointmentStatus Status, AppointmentSource Source, string? Note);

/// <summary>Reads appointments of the current business with their names filled in.</summary>
internal sealed class AppointmentViews(IDbContextFactory<MuhtarDbContext> dbFactory, ICustomerDirectory customers)
{
    public async Task<AppointmentView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<Appointment>().AsNoTracking().Where(a => a.Id == id).ToListAsync(ct);
        return (await ViewAsync(db, rows, ct)).SingleOrDefault();
    }

    /// <summary>Appointments starting in [fromUtc, toUtc), optionally one staff member's, cancelled ones left out.</summary>
    public async Task<IReadOnlyList<AppointmentView>> ListAsync(DateTime fromUtc, DateTime toUtc, Guid? staffId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<Appointment>().AsNoTracking()
            .Where(a => a.Start >= fromUtc && a.Start < toUtc && a.Status != AppointmentStatus.Cancelled && (staffId == null || a.StaffId == staffId))
            .OrderBy(a => a.Start)
            .ToListAsync(ct);
        return await ViewAsync(db, rows, ct);
    }

    public async Task<int> NoShowCountAsync(Guid customerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Appointment>().CountAsync(a => a.CustomerId == customerId && a.Status == AppointmentStatus.NoShow, ct);
    }

    private async Task<List<AppointmentView>> ViewAsync(MuhtarDbContext db, List<Appointment> rows, CancellationToken ct)
    {
        var customerIds = rows.Select(a => a.CustomerId).Distinct().ToList();
        var noShows = await db.Set<Appointment>().AsNoTracking()
            .Where(a => customerIds.Contains(a.CustomerId) && a.Status == AppointmentStatus.NoShow)
            .GroupBy(a => a.CustomerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var services = await db.Set<BookableService>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var staff = await db.Set<StaffMember>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        var people = new Dictionary<Guid, CustomerSummary?>();
        foreach (var id in customerIds)
        {
            people[id] = await customers.GetAsync(id, ct);
        }

        return [.. rows.Select(a => new AppointmentView(
            a.Id, a.CustomerId, people[a.CustomerId]?.DisplayName ?? "", people[a.CustomerId]?.Phone, noShows.GetValueOrDefault(a.CustomerId),
            a.ServiceId, services.GetValueOrDefault(a.ServiceId, ""), a.StaffId, staff.GetValueOrDefault(a.StaffId, ""), a.ResourceId,
            a.Start, a.End, a.Status, a.Source, a.Note))];
    }
}
