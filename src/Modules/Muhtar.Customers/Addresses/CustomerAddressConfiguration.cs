using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Addresses;

internal sealed class CustomerAddressConfiguration : IEntityTypeConfiguration<CustomerAddress>
{
    public void Configure(EntityTypeBuilder<CustomerAddress> builder)
    {
        builder.ToTable("customers_addresses");
        builder.Property(x => x.Label).HasMaxLength(CustomerAddress.MaxLabelLength);
        builder.Property(x => x.Line).HasMaxLength(CustomerAddress.MaxLineLength);
        builder.Property(x => x.District).HasMaxLength(CustomerAddress.MaxPlaceLength);
        builder.Property(x => x.City).HasMaxLength(CustomerAddress.MaxPlaceLength);
        builder.Property(x => x.PostalCode).HasMaxLength(CustomerAddress.MaxPostalCodeLength);
        builder.HasIndex(x => new { x.CustomerId, x.CreatedAt });
    }
}
