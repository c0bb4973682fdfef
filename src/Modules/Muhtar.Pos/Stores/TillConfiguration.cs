using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Stores;

internal sealed class TillConfiguration : IEntityTypeConfiguration<Till>
{
    public void Configure(EntityTypeBuilder<Till> builder)
    {
        builder.ToTable("pos_tills");
        builder.Property(x => x.Code).HasMaxLength(32);
        builder.HasOne<Store>().WithMany().HasForeignKey(x => x.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.StoreId, x.TenantId, x.Code }).IsUnique();
    }
}
