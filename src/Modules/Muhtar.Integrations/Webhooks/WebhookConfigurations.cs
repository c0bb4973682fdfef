using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Integrations.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("integrations_webhooks");
        builder.Property(x => x.Url).HasMaxLength(WebhookAddressGuard.MaxUrlLength);
        builder.Property(x => x.Description).HasMaxLength(WebhookSubscription.MaxDescriptionLength);
        builder.Property(x => x.Events).HasMaxLength(1000);
        builder.Property(x => x.Secret).HasMaxLength(100);
        builder.Ignore(x => x.EventList);
        builder.HasIndex(x => new { x.TenantId, x.CreatedAt });
    }
}

internal sealed class WebhookSigningKeyConfiguration : IEntityTypeConfiguration<WebhookSigningKey>
{
    public void Configure(EntityTypeBuilder<WebhookSigningKey> builder)
    {
        builder.ToTable("integrations_webhook_keys");
        builder.Property(x => x.Secret).HasMaxLength(100);
        builder.HasIndex(x => x.TenantId).IsUnique();
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("integrations_webhook_deliveries");
        builder.Property(x => x.Url).HasMaxLength(WebhookAddressGuard.MaxUrlLength);
        builder.Property(x => x.EventName).HasMaxLength(100);
        builder.Property(x => x.DedupeKey).HasMaxLength(300);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.LastResponse).HasMaxLength(WebhookDelivery.MaxExcerptLength);
        builder.Property(x => x.Attempts).IsConcurrencyToken();
        builder.HasIndex(x => new { x.TenantId, x.DedupeKey }).IsUnique();
        builder.HasIndex(x => new { x.SubscriptionId, x.CreatedAt });
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
