using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Loyalty.Ledger;

internal sealed class PointEntryConfiguration : IEntityTypeConfiguration<PointEntry>
{
    public void Configure(EntityTypeBuilder<PointEntry> builder)
    {
        builder.ToTable("loyalty_point_entries");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.SourceKind).HasMaxLength(16);
        builder.Property(x => x.Reason).HasMaxLength(500);
        builder.Property(x => x.EnteredBy).HasMaxLength(200);
        builder.OwnsMany(x => x.Lines, line =>
        {
            line.ToTable("loyalty_point_entry_lines");
            line.WithOwner().HasForeignKey("EntryId");
            line.Property<int>("Id");
            line.HasKey("Id");
        });
        builder.Navigation(x => x.Lines).HasField("_lines");

        // The rule that makes every posting happen once: a receipt, return, lot or adjustment moves points once per kind.
        builder.HasIndex(x => new { x.TenantId, x.SourceKind, x.SourceId, x.Kind }).IsUnique();
        // A customer's ledger newest first, the tier's 12-month sum, the expiry walk.
        builder.HasIndex(x => new { x.TenantId, x.CustomerId, x.OccurredAt });
        // Lots coming due for the expiry job.
        builder.HasIndex(x => new { x.TenantId, x.ExpiresAt });
        builder.HasIndex(x => new { x.TenantId, x.ReceiptId });
    }
}
