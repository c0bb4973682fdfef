using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Platform.Jobs;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("platform_jobs");
        builder.Property(x => x.Type).HasMaxLength(200);
        builder.Property(x => x.LeaseOwner).HasMaxLength(100);
        builder.Property(x => x.DedupeKey).HasMaxLength(300);
        builder.HasIndex(x => x.DedupeKey).IsUnique();
        builder.HasIndex(x => new { x.CompletedAt, x.FailedAt, x.DueAt });
    }
}
