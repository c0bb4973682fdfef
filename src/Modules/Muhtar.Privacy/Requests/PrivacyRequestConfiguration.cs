using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Platform.Audit;

namespace Muhtar.Privacy.Requests;

internal sealed class PrivacyRequestConfiguration : IEntityTypeConfiguration<PrivacyRequest>
{
    public void Configure(EntityTypeBuilder<PrivacyRequest> builder)
    {
        builder.ToTable("privacy_requests");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        // The note may hold personal values (what to correct): it stays out of the audit trail.
        builder.Property(x => x.Note).HasMaxLength(PrivacyRequest.MaxNoteLength).NotAudited();
        builder.Property(x => x.RejectionReason).HasMaxLength(PrivacyRequest.MaxReasonLength);
        builder.Property(x => x.CreatedBy).HasMaxLength(200).NotAudited();
        builder.Property(x => x.HandledBy).HasMaxLength(200);
        builder.Property(x => x.CreatedAt).NotAudited();
        // The open list is ordered by due date; the customer page lists one customer's requests.
        builder.HasIndex(x => new { x.TenantId, x.Status, x.DueOn });
        builder.HasIndex(x => new { x.TenantId, x.CustomerId });
    }
}
