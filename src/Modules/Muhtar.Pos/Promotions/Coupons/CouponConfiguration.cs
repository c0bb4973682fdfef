using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Promotions.Coupons;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public void Configure(EntityTypeBuilder<Coupon> builder)
    {
        builder.ToTable("pos_coupons");
        builder.Property(x => x.Code).HasMaxLength(32);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.HasOne<Promotion>().WithMany().HasForeignKey(x => x.PromotionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
        builder.HasIndex(x => new { x.PromotionId, x.TenantId });
        builder.HasIndex(x => new { x.CustomerId, x.TenantId });
    }
}
