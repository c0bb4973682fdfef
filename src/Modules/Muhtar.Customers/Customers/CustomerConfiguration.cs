using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Platform.Audit;

namespace Muhtar.Customers.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public const int MaxNameLength = 100;
    public const int MaxCompanyNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxCardNumberLength = 32;

    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers_customers");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Gender).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.FirstName).HasMaxLength(MaxNameLength);
        builder.Property(x => x.LastName).HasMaxLength(MaxNameLength);
        builder.Property(x => x.CompanyName).HasMaxLength(MaxCompanyNameLength);
        builder.Property(x => x.DisplayName).HasMaxLength(MaxCompanyNameLength + 1).NotAudited();
        builder.Property(x => x.Phone).HasMaxLength(20);
        builder.Property(x => x.Email).HasMaxLength(MaxEmailLength);
        builder.Property(x => x.CardNumber).HasMaxLength(MaxCardNumberLength);
        builder.Property(x => x.ArchivedAt).NotAudited();
        builder.Property(x => x.CreatedAt).NotAudited();
        builder.Property(x => x.UpdatedAt).NotAudited();
        builder.Property(x => x.SearchName).HasMaxLength(MaxCompanyNameLength + 1).NotAudited();
        builder.Property(x => x.SortName).HasMaxLength(128).NotAudited();
        builder.Property(x => x.EmailNormalized).HasMaxLength(MaxEmailLength).NotAudited();

        // The business keys: one customer per phone, e-mail and card within a business (C2, C3).
        // NULLs are distinct in unique indexes on both providers, so customers without them do not clash.
        builder.HasIndex(x => new { x.TenantId, x.Phone }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.EmailNormalized }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.CardNumber }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.SearchName });
        // The list's default view is "not archived", ordered by name or time; these serve it page by page.
        builder.HasIndex(x => new { x.TenantId, x.IsArchived, x.SortName, x.Id });
        builder.HasIndex(x => new { x.TenantId, x.IsArchived, x.CreatedAt, x.Id });
        builder.HasIndex(x => new { x.TenantId, x.IsArchived, x.UpdatedAt, x.Id });
        builder.HasIndex(x => new { x.TenantId, x.ParentCompanyId });

        builder.HasMany(x => x.Tags).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.ExternalIds).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Addresses).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.SearchTokens).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.ParentCompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(x => x.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.ExternalIds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.Addresses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.SearchTokens).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
