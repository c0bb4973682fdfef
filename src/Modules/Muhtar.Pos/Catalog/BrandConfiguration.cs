using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Catalog;

internal sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> builder)
    {
        builder.ToTable("pos_brands");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
    }
}
