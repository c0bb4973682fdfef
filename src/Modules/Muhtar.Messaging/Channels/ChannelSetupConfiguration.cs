using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Platform.Audit;

namespace Muhtar.Messaging.Channels;

internal sealed class ChannelSetupConfiguration : IEntityTypeConfiguration<ChannelSetup>
{
    public void Configure(EntityTypeBuilder<ChannelSetup> builder)
    {
        builder.ToTable("messaging_channels");
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.ProviderKey).HasMaxLength(32);
        // Ciphertext says nothing to an auditor; the audit trail records that the set-up changed via UpdatedAt.
        builder.Property(x => x.ProtectedSettings).NotAudited();
        builder.Property(x => x.ProtectedWebhookSecret).NotAudited();
        builder.Property(x => x.WebhookKey).HasMaxLength(32);
        builder.HasIndex(x => new { x.TenantId, x.Channel }).IsUnique();
        builder.HasIndex(x => x.WebhookKey).IsUnique();
    }
}
