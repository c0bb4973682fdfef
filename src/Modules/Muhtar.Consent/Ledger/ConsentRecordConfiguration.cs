using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Consent.Ledger;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consent_records");
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Evidence).HasMaxLength(ConsentRecord.MaxEvidenceLength);
        builder.Property(x => x.Recipient).HasMaxLength(320);
        builder.Property(x => x.EnteredBy).HasMaxLength(200);
        builder.HasIndex(x => new { x.CustomerId, x.DecidedAt });
        builder.HasIndex(x => x.RecordedAt);
    }
}
