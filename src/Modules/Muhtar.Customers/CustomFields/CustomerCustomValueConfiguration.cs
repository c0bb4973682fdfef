using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Customers.Customers;

namespace Muhtar.Customers.CustomFields;

internal sealed class CustomerCustomValueConfiguration : IEntityTypeConfiguration<CustomerCustomValue>
{
    public void Configure(EntityTypeBuilder<CustomerCustomValue> builder)
    {
        builder.ToTable("customers_custom_values");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Text).HasMaxLength(CustomerCustomValue.MaxTextLength);
        builder.Property(x => x.Folded).HasMaxLength(CustomerCustomValue.MaxTextLength);
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CustomFieldDefinition>().WithMany().HasForeignKey(x => x.FieldId).OnDelete(DeleteBehavior.Cascade);
        // A customer's values (the page, the form, the list's columns) and one index per filterable column.
        builder.HasIndex(x => new { x.CustomerId, x.FieldId });
        builder.HasIndex(x => new { x.FieldId, x.Folded });
        builder.HasIndex(x => new { x.FieldId, x.Number });
        builder.HasIndex(x => new { x.FieldId, x.Date });
    }
}
