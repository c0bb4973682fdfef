using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Scheduling.Booking;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("scheduling_appointments");
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Note).HasMaxLength(1000);
        builder.Ignore(x => x.HoldsTime);
        builder.HasIndex(x => new { x.TenantId, x.Start });
        builder.HasIndex(x => new { x.TenantId, x.CustomerId });
    }
}

internal sealed class OccupancyConfiguration : IEntityTypeConfiguration<Occupancy>
{
    public const string HolderUnitIndex = "IX_scheduling_occupancy_holder_unit";

    public void Configure(EntityTypeBuilder<Occupancy> builder)
    {
        builder.ToTable("scheduling_occupancy");
        builder.HasIndex(x => new { x.TenantId, x.HolderKind, x.HolderId, x.SlotIndex, x.Unit }).IsUnique().HasDatabaseName(HolderUnitIndex);
        builder.HasIndex(x => x.AppointmentId);
    }
}
