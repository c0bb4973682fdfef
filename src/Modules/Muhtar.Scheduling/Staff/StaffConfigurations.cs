using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Scheduling.Staff;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("scheduling_staff");
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Ignore(x => x.Hours);
        builder.Ignore(x => x.DaysOff);
        builder.Ignore(x => x.ServiceIds);
        builder.HasIndex(x => new { x.TenantId, x.DisplayName });
    }
}

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("scheduling_resources");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.Name });
    }
}
