using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Pos.Stores;

namespace Muhtar.Pos.Receipts;

internal sealed class ReceiptReturnConfiguration : IEntityTypeConfiguration<ReceiptReturn>
{
    public void Configure(EntityTypeBuilder<ReceiptReturn> builder)
    {
        builder.ToTable("pos_returns");
        builder.Property(x => x.TillCode).HasMaxLength(32);
        builder.HasOne<Receipt>().WithMany().HasForeignKey(x => x.OriginalReceiptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Store>().WithMany().HasForeignKey(x => x.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Lines).HasField("_lines");
        builder.HasIndex(x => x.OriginalReceiptId);
        builder.HasIndex(x => x.StoreId);
        // A customer's timeline reads their returns newest first.
        builder.HasIndex(x => new { x.TenantId, x.CustomerId, x.OccurredAt });
    }
}
