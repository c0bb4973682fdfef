using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Tags;

internal sealed class CustomerTagConfiguration : IEntityTypeConfiguration<CustomerTag>
{
    public void Configure(EntityTypeBuilder<CustomerTag> builder)
    {
        builder.ToTable("customers_tags");
        // Ids are made in code (version 7): a new child found in a tracked collection must be inserted, not updated.
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(CustomerTag.MaxLength);
        builder.Property(x => x.NormalizedName).HasMaxLength(CustomerTag.MaxLength * 2);
        builder.HasIndex(x => new { x.CustomerId, x.NormalizedName }).IsUnique();
        // Filter "customers tagged X" and the list of a business's tags.
        builder.HasIndex(x => new { x.TenantId, x.NormalizedName, x.CustomerId });
    }
}
