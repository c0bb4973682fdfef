using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Catalog;

internal sealed class ProductTagConfiguration : IEntityTypeConfiguration<ProductTag>
{
    public void Configure(EntityTypeBuilder<ProductTag> builder)
    {
        builder.ToTable("pos_product_tags");
        builder.HasKey(x => new { x.ProductId, x.Tag });
        builder.Property(x => x.Tag).HasMaxLength(50);
        builder.HasIndex(x => new { x.TenantId, x.Tag });
    }
}
