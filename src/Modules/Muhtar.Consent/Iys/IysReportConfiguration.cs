using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Consent.Ledger;

namespace Muhtar.Consent.Iys;

internal sealed class IysReportConfiguration : IEntityTypeConfiguration<IysReport>
{
    public void Configure(EntityTypeBuilder<IysReport> builder)
    {
        builder.ToTable("consent_iys_reports");
        builder.Property(x => x.ReportedBy).HasMaxLength(200);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(x => x.ConsentRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.ConsentRecordId).IsUnique();
    }
}
