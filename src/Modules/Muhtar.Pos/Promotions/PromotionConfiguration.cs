using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Platform.Audit;

namespace Muhtar.Pos.Promotions;

internal sealed class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> builder)
    {
        builder.ToTable("pos_promotions");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.TargetKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.TargetTag).HasMaxLength(100);
        builder.Property(x => x.RewardTargetKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.RewardTargetTag).HasMaxLength(100);
        builder.Property(x => x.StoreList).HasMaxLength(4000);
        builder.Property(x => x.AudienceList).HasMaxLength(1000);
        builder.Property(x => x.CouponTitle).HasMaxLength(200);
        // A running counter, not an edit: raised by staging, so the audit trail is not flooded per receipt.
        builder.Property(x => x.SpentKurus).NotAudited();
        builder.Ignore(x => x.StoreIds);
        builder.Ignore(x => x.Audience);
        builder.HasIndex(x => new { x.TenantId, x.Name });
    }
}
