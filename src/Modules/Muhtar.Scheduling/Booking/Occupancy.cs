using Muhtar.Platform.Tenancy;

namespace Muhtar.Scheduling.Booking;

/// <summary>
/// One 5-minute unit of a holder's time taken by an appointment. The unique index over
/// (tenant, holder kind, holder, slot index, unit) is what makes a double booking impossible even when two
/// people book the same moment: the second insert fails. A resource with capacity n has slot indexes 0..n-1.
/// </summary>
internal sealed class Occupancy : ITenantScoped
{
    public const int UnitMinutes = 5;

    private Occupancy()
    {
    }

    public Occupancy(Guid appointmentId, HolderKind holderKind, Guid holderId, int slotIndex, long unit)
    {
        Id = Guid.CreateVersion7();
        AppointmentId = appointmentId;
        HolderKind = holderKind;
        HolderId = holderId;
        SlotIndex = slotIndex;
        Unit = unit;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid AppointmentId { get; private set; }

    public HolderKind HolderKind { get; private set; }

    public Guid HolderId { get; private set; }

    public int SlotIndex { get; private set; }

    /// <summary>Whole 5-minute units since the Unix epoch (UTC).</summary>
    public long Unit { get; private set; }

    public static long UnitOf(DateTime utc) => (long)(utc - DateTime.UnixEpoch).TotalMinutes / UnitMinutes;

    /// <summary>The units [start, end) covers.</summary>
    public static IEnumerable<long> Units(DateTime start, DateTime end)
    {
        for (var unit = UnitOf(start); unit < UnitOf(end); unit++)
        {
            yield return unit;
        }
    }
}

internal enum HolderKind
{
    Staff = 0,
    Resource = 1,
}
