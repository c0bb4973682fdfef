using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Platform.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("platform_idempotency");
        builder.Property(x => x.Caller).HasMaxLength(100);
        builder.Property(x => x.Key).HasMaxLength(255);
        builder.Property(x => x.RequestHash).HasMaxLength(64);
        builder.Property(x => x.ResponseContentType).HasMaxLength(200);
        builder.Property(x => x.ResponseLocation).HasMaxLength(500);
        builder.Ignore(x => x.IsCompleted);
        builder.HasIndex(x => new { x.TenantId, x.Caller, x.Key }).IsUnique();
    }
}
