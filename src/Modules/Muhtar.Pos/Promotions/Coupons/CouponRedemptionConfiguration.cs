using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Promotions.Coupons;

internal sealed class CouponRedemptionConfiguration : IEntityTypeConfiguration<CouponRedemption>
{
    public void Configure(EntityTypeBuilder<CouponRedemption> builder)
    {
        builder.ToTable("pos_coupon_redemptions");
        builder.HasOne<Coupon>().WithMany().HasForeignKey(x => x.CouponId).OnDelete(DeleteBehavior.Restrict);
        // The guards against a second use: NULLs (unlimited coupons, no per-customer limit) never collide.
        builder.HasIndex(x => new { x.CouponId, x.Sequence }).IsUnique();
        builder.HasIndex(x => new { x.PromotionId, x.CustomerId, x.CustomerSequence }).IsUnique();
        builder.HasIndex(x => new { x.CustomerId, x.TenantId });
        builder.HasIndex(x => new { x.ReceiptId, x.TenantId });
    }
}
