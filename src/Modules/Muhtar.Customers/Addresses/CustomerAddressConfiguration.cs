using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Addresses;

internal sealed class CustomerAddressConfiguration : IEntityTypeConfiguration<CustomerAddress>
{
    public void Configure(EntityTypeBuilder<CustomerAddress> builder)
    {
        builder.ToTable("customers_addresses");
        // Ids are made in code (version 7): a new child found in a tracked collection must be inserted, not updated.
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Label).HasMaxLength(CustomerAddress.MaxLabelLength);
        builder.Property(x => x.Line).HasMaxLength(CustomerAddress.MaxLineLength);
        builder.Property(x => x.District).HasMaxLength(CustomerAddress.MaxPlaceLength);
        builder.Property(x => x.City).HasMaxLength(CustomerAddress.MaxPlaceLength);
        builder.Property(x => x.PostalCode).HasMaxLength(CustomerAddress.MaxPostalCodeLength);
        builder.HasIndex(x => new { x.CustomerId, x.CreatedAt });
    }
}
