using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Data;
using Muhtar.Scheduling.Booking;
using Muhtar.Scheduling.Services;

namespace Muhtar.Scheduling.Integration;

/// <summary>
/// KVKK: the export lists the person's appointments. Erasure blanks the free-text note staff typed; times,
/// services and statuses stay, because the calendar and the business's history must still add up.
/// </summary>
internal sealed class AppointmentPersonalData(IDbContextFactory<MuhtarDbContext> dbFactory) : IPersonalDataHolder
{
    public string Name => "appointments";

    public async Task<object?> ExportAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<Appointment>().AsNoTracking().Where(a => a.CustomerId == customerId)
            .OrderBy(a => a.Start).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var services = await db.Set<BookableService>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return new
        {
            Appointments = rows.Select(a => new
            {
                a.Id,
                a.Start,
                a.End,
                Service = services.GetValueOrDefault(a.ServiceId, ""),
                Status = a.Status.ToString(),
                Source = a.Source.ToString(),
                a.Note,
            }).ToList(),
        };
    }

    public async Task EraseAsync(DbContext db, Guid customerId, CancellationToken cancellationToken) =>
        await db.Set<Appointment>().Where(a => a.CustomerId == customerId && a.Note != null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Note, (string?)null), cancellationToken);
}
