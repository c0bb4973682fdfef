using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Scheduling.Booking;

namespace Muhtar.Scheduling.Integration;

/// <summary>
/// Merging customers moves the merged one's appointments (past and future) to the survivor, so the calendar
/// and the no-show count show one person; undo moves exactly those appointments back.
/// </summary>
internal sealed class AppointmentMergeParticipant : ICustomerMergeParticipant
{
    public string Name => "scheduling.appointments";

    public async Task<string?> MoveAsync(DbContext db, Guid from, Guid into, CancellationToken cancellationToken)
    {
        var moved = await db.Set<Appointment>().Where(a => a.CustomerId == from).Select(a => a.Id).ToListAsync(cancellationToken);
        if (moved.Count == 0)
        {
            return null;
        }

        await db.Set<Appointment>().Where(a => moved.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CustomerId, into), cancellationToken);
        return JsonSerializer.Serialize(moved);
    }

    public async Task UndoAsync(DbContext db, Guid from, Guid into, string? state, CancellationToken cancellationToken)
    {
        var moved = state is null ? null : JsonSerializer.Deserialize<List<Guid>>(state);
        if (moved is { Count: > 0 })
        {
            await db.Set<Appointment>().Where(a => moved.Contains(a.Id) && a.CustomerId == into)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CustomerId, from), cancellationToken);
        }
    }
}
