using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Platform.Jobs;

/// <summary>
/// Explicit snake_case columns: <see cref="JobStore"/> and <see cref="JobScheduler"/> claim and insert with
/// hand-written SQL that must read the same on SQLite and PostgreSQL (unquoted lower-case names).
/// </summary>
internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public const string Table = "platform_jobs";
    public const string DedupeIndex = "ux_platform_jobs_dedupe_key";

    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable(Table);
        builder.Property(x => x.Id).HasColumnName("id");
        builder.Property(x => x.Kind).HasColumnName("kind");
        builder.Property(x => x.Type).HasColumnName("type").HasMaxLength(200);
        builder.Property(x => x.Payload).HasColumnName("payload");
        builder.Property(x => x.TenantId).HasColumnName("tenant_id");
        builder.Property(x => x.DueAt).HasColumnName("due_at");
        builder.Property(x => x.LeaseUntil).HasColumnName("lease_until");
        builder.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(100);
        builder.Property(x => x.Attempts).HasColumnName("attempts");
        builder.Property(x => x.MaxAttempts).HasColumnName("max_attempts");
        builder.Property(x => x.DedupeKey).HasColumnName("dedupe_key").HasMaxLength(300);
        builder.Property(x => x.CreatedAt).HasColumnName("created_at");
        builder.Property(x => x.CompletedAt).HasColumnName("completed_at");
        builder.Property(x => x.FailedAt).HasColumnName("failed_at");
        builder.Property(x => x.LastError).HasColumnName("last_error").HasMaxLength(JobStore.MaxErrorLength);

        // Not partial: INSERT ... ON CONFLICT (dedupe_key) needs a plain unique index; NULLs never collide.
        builder.HasIndex(x => x.DedupeKey).IsUnique().HasDatabaseName(DedupeIndex);

        // The claim query only looks at open jobs; the filter is valid SQL on both providers.
        builder.HasIndex(x => x.DueAt).HasDatabaseName("ix_platform_jobs_open_due_at")
            .HasFilter("completed_at IS NULL AND failed_at IS NULL");
        // The purge walks completed jobs oldest first.
        builder.HasIndex(x => x.CompletedAt).HasDatabaseName("ix_platform_jobs_completed_at")
            .HasFilter("completed_at IS NOT NULL");
        builder.HasIndex(x => new { x.TenantId, x.FailedAt }).HasDatabaseName("ix_platform_jobs_tenant_failed_at");
    }
}
