using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Receipts;

internal sealed class ReceiptLineDiscountConfiguration : IEntityTypeConfiguration<ReceiptLineDiscount>
{
    public void Configure(EntityTypeBuilder<ReceiptLineDiscount> builder)
    {
        builder.ToTable("pos_receipt_line_discounts");
        builder.Property(x => x.Source).HasMaxLength(64);
        builder.HasOne<ReceiptLine>().WithMany().HasForeignKey(x => new { x.ReceiptId, x.LineNo }).OnDelete(DeleteBehavior.Cascade);
        // Serves the foreign key and "the discounts of this receipt".
        builder.HasIndex(x => new { x.ReceiptId, x.LineNo });
        // What a promotion cost over time (co-op campaigns, budgets).
        builder.HasIndex(x => new { x.TenantId, x.PromotionId });
    }
}
