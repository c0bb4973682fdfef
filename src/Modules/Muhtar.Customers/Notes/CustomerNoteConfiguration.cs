using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Customers.Customers;

namespace Muhtar.Customers.Notes;

internal sealed class CustomerNoteConfiguration : IEntityTypeConfiguration<CustomerNote>
{
    public void Configure(EntityTypeBuilder<CustomerNote> builder)
    {
        builder.ToTable("customers_notes");
        builder.Property(x => x.Text).HasMaxLength(CustomerNote.MaxTextLength);
        builder.Property(x => x.AuthorName).HasMaxLength(200);
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.CustomerId, x.CreatedAt });
    }
}
