using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Catalog;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.ToTable("pos_suppliers");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
    }
}
