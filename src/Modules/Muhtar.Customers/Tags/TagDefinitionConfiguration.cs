using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Tags;

internal sealed class TagDefinitionConfiguration : IEntityTypeConfiguration<TagDefinition>
{
    public void Configure(EntityTypeBuilder<TagDefinition> builder)
    {
        builder.ToTable("customers_tag_definitions");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(CustomerTag.MaxLength);
        builder.Property(x => x.NormalizedName).HasMaxLength(CustomerTag.MaxLength * 2);
        builder.Property(x => x.Colour).HasMaxLength(16);
        builder.HasIndex(x => new { x.TenantId, x.NormalizedName }).IsUnique();
    }
}
