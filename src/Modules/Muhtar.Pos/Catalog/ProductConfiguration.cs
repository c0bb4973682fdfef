using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Platform.Audit;

namespace Muhtar.Pos.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("pos_products");
        builder.Property(x => x.Barcode).HasMaxLength(64);
        builder.Property(x => x.Sku).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.Property(x => x.NameKey).HasMaxLength(300).NotAudited();
        builder.Property(x => x.SortKey).HasMaxLength(120).NotAudited();
        builder.Property(x => x.Unit).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Colour).HasMaxLength(50);
        builder.Property(x => x.Size).HasMaxLength(50);
        // The changed fields are the news; the time of the change is on the audit row already.
        builder.Property(x => x.UpdatedAt).NotAudited();
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Brand>().WithMany().HasForeignKey(x => x.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(x => x.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Tags).WithOne().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Tags).HasField("_tags");
        builder.HasIndex(x => new { x.TenantId, x.Barcode }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.Sku });
        // Foreign key first: equally selective with the tenant, and no separate foreign-key index is made.
        builder.HasIndex(x => new { x.CategoryId, x.TenantId });
        builder.HasIndex(x => new { x.BrandId, x.TenantId });
        builder.HasIndex(x => new { x.TenantId, x.SortKey });
    }
}
