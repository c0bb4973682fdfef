using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Loyalty.Stamps;

internal sealed class StampCardConfiguration : IEntityTypeConfiguration<StampCard>
{
    public void Configure(EntityTypeBuilder<StampCard> builder)
    {
        builder.ToTable("loyalty_stamp_cards");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.OwnsMany(x => x.Targets, target =>
        {
            target.ToTable("loyalty_stamp_card_targets");
            target.WithOwner().HasForeignKey("CardId");
            target.Property<int>("Id");
            target.HasKey("Id");
            target.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        });
        builder.Navigation(x => x.Targets).HasField("_targets");
        builder.HasIndex(x => x.TenantId);
    }
}
