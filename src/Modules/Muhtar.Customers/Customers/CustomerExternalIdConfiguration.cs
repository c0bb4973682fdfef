using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Customers;

internal sealed class CustomerExternalIdConfiguration : IEntityTypeConfiguration<CustomerExternalId>
{
    public void Configure(EntityTypeBuilder<CustomerExternalId> builder)
    {
        builder.ToTable("customers_external_ids");
        // Ids are made in code (version 7): a new child found in a tracked collection must be inserted, not updated.
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.System).HasMaxLength(CustomerExternalId.MaxSystemLength);
        builder.Property(x => x.Value).HasMaxLength(CustomerExternalId.MaxValueLength);
        builder.HasIndex(x => new { x.TenantId, x.System, x.Value }).IsUnique();
        // Search matches an id from any system.
        builder.HasIndex(x => new { x.TenantId, x.Value });
        builder.HasIndex(x => new { x.CustomerId, x.System }).IsUnique();
    }
}
