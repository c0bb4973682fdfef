using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Import;

internal sealed class CustomerImportConfiguration : IEntityTypeConfiguration<CustomerImport>
{
    public void Configure(EntityTypeBuilder<CustomerImport> builder)
    {
        builder.ToTable("customers_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileName).HasMaxLength(CustomerImport.MaxFileNameLength);
        builder.Property(i => i.Encoding).HasMaxLength(30);
        builder.Property(i => i.Delimiter).HasMaxLength(5);
        builder.Property(i => i.CreatedBy).HasMaxLength(200);
        builder.Property(i => i.Error).HasMaxLength(1000);
        builder.Property(i => i.Culture).HasMaxLength(20);

        // Two runners of one import (a lease that ran out) cannot both move the checkpoint: the second save fails.
        builder.Property(i => i.RowsDone).IsConcurrencyToken();
        builder.Property(i => i.Format).HasConversion<int>();
        builder.Property(i => i.Status).HasConversion<int>();
        builder.HasIndex(i => i.CreatedAt);
    }
}

internal sealed class ImportRejectionConfiguration : IEntityTypeConfiguration<ImportRejection>
{
    public void Configure(EntityTypeBuilder<ImportRejection> builder)
    {
        builder.ToTable("customers_import_rejections");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Field).HasMaxLength(60);
        builder.Property(r => r.Reason).HasMaxLength(ImportRejection.MaxReasonLength);
        builder.HasIndex(r => new { r.ImportId, r.DryRun, r.RowNumber });
    }
}
