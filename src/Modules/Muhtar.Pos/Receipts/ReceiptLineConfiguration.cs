using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Pos.Catalog;

namespace Muhtar.Pos.Receipts;

internal sealed class ReceiptLineConfiguration : IEntityTypeConfiguration<ReceiptLine>
{
    public void Configure(EntityTypeBuilder<ReceiptLine> builder)
    {
        builder.ToTable("pos_receipt_lines");
        builder.HasKey(x => new { x.ReceiptId, x.LineNo });
        builder.Property(x => x.Barcode).HasMaxLength(64);
        builder.Ignore(x => x.GrossKurus);
        builder.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.TenantId, x.Barcode });
        // Product first: it is equally selective with the tenant and doubles as the foreign-key index, one index fewer per line.
        builder.HasIndex(x => new { x.ProductId, x.TenantId });
    }
}
