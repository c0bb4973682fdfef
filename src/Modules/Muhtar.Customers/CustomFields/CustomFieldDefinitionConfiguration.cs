using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.CustomFields;

internal sealed class CustomFieldDefinitionConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> builder)
    {
        builder.ToTable("customers_custom_fields");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Key).HasMaxLength(CustomFieldDefinition.MaxKeyLength);
        builder.Property(x => x.Label).HasMaxLength(CustomFieldDefinition.MaxLabelLength);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        // A primitive collection: JSON text on SQLite, an array on PostgreSQL; read only with its definition.
        builder.PrimitiveCollection(x => x.Options);
        builder.HasIndex(x => new { x.TenantId, x.Key }).IsUnique();
    }
}
