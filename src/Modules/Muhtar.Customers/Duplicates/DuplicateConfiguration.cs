using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Duplicates;

internal sealed class DuplicateCandidateConfiguration : IEntityTypeConfiguration<DuplicateCandidate>
{
    public void Configure(EntityTypeBuilder<DuplicateCandidate> builder)
    {
        builder.ToTable("customers_duplicate_candidates");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Reasons).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.FirstId, x.SecondId }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.SecondId });
        // The page lists the best candidates first, page by page.
        builder.HasIndex(x => new { x.TenantId, x.Score, x.Id });
    }
}

internal sealed class DuplicateDismissalConfiguration : IEntityTypeConfiguration<DuplicateDismissal>
{
    public void Configure(EntityTypeBuilder<DuplicateDismissal> builder)
    {
        builder.ToTable("customers_duplicate_dismissals");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.DismissedBy).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.FirstId, x.SecondId }).IsUnique();
    }
}

internal sealed class DuplicateScanConfiguration : IEntityTypeConfiguration<DuplicateScan>
{
    public void Configure(EntityTypeBuilder<DuplicateScan> builder)
    {
        builder.ToTable("customers_duplicate_scans");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => new { x.TenantId, x.StartedAt });
    }
}
