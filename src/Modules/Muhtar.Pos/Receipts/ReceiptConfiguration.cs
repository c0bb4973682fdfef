using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Receipts;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.ToTable("pos_receipts");
        builder.Property(x => x.TillCode).HasMaxLength(32);
        builder.Property(x => x.Cashier).HasMaxLength(100);
        builder.Property(x => x.ReceiptNo).HasMaxLength(64);
        builder.Property(x => x.PaymentType).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Store>().WithMany().HasForeignKey(x => x.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ReceiptId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Lines).HasField("_lines");

        // A till never prints the same number twice; this is also what makes a re-sent receipt detectable.
        builder.HasIndex(x => new { x.TenantId, x.StoreId, x.TillCode, x.ReceiptNo }).IsUnique();
        // The hot reads: a customer's purchases, a store's day, the newest receipts of the business.
        builder.HasIndex(x => new { x.TenantId, x.CustomerId, x.OccurredAt });
        // Store first (the same lookups: both are equalities) so it also serves as the foreign-key index.
        builder.HasIndex(x => new { x.StoreId, x.TenantId, x.OccurredAt });
        builder.HasIndex(x => new { x.TenantId, x.OccurredAt });
    }
}
