using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Messaging.Inbound;

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public const string ProviderIdIndex = "ux_messaging_inbound_provider_id";

    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.ToTable("messaging_inbound");
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.From).HasMaxLength(32);
        builder.Property(x => x.Text).HasMaxLength(InboundMessage.MaxTextLength);
        builder.Property(x => x.ProviderMessageId).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.Channel, x.ProviderMessageId }).IsUnique().HasDatabaseName(ProviderIdIndex);
        builder.HasIndex(x => new { x.CustomerId, x.ReceivedAt });
        builder.HasIndex(x => new { x.TenantId, x.ReceivedAt });
    }
}
