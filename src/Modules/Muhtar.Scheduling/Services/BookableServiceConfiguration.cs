using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Scheduling.Services;

internal sealed class BookableServiceConfiguration : IEntityTypeConfiguration<BookableService>
{
    public void Configure(EntityTypeBuilder<BookableService> builder)
    {
        builder.ToTable("scheduling_services");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.Name });
    }
}
