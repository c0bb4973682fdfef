using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Search;

internal sealed class CustomerSearchTokenConfiguration : IEntityTypeConfiguration<CustomerSearchToken>
{
    public void Configure(EntityTypeBuilder<CustomerSearchToken> builder)
    {
        builder.ToTable("customers_search_tokens");
        builder.HasKey(x => new { x.CustomerId, x.Token });
        builder.Property(x => x.Token).HasMaxLength(CustomerSearchToken.MaxLength);
        // Prefix search is LIKE 'ahm%': on PostgreSQL a btree answers it under any database collation
        // only with text_pattern_ops. SQLite ignores this PostgreSQL-only annotation.
        builder.HasIndex(x => new { x.TenantId, x.Token }).HasOperators("uuid_ops", "text_pattern_ops");
    }
}
