using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("platform_audit");
        builder.Property(x => x.EntityType).HasMaxLength(100);
        builder.Property(x => x.Field).HasMaxLength(100);
        builder.Property(x => x.Actor).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.EntityId, x.At });
    }
}
