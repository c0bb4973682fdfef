using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Loyalty.Stamps;

internal sealed class StampEntryConfiguration : IEntityTypeConfiguration<StampEntry>
{
    public void Configure(EntityTypeBuilder<StampEntry> builder)
    {
        builder.ToTable("loyalty_stamp_entries");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.SourceKind).HasMaxLength(16);
        builder.OwnsMany(x => x.Lines, line =>
        {
            line.ToTable("loyalty_stamp_entry_lines");
            line.WithOwner().HasForeignKey("EntryId");
            line.Property<int>("Id");
            line.HasKey("Id");
        });
        builder.Navigation(x => x.Lines).HasField("_lines");

        // A receipt stamps, rewards and a return reverses each card once.
        builder.HasIndex(x => new { x.TenantId, x.SourceKind, x.SourceId, x.CardId, x.Kind }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.CustomerId, x.CardId });
        builder.HasIndex(x => new { x.TenantId, x.ReceiptId });
    }
}
