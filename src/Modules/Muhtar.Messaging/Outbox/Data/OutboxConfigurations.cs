using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Messaging.Outbox.Data;

/// <summary>
/// Explicit snake_case columns: the claim and the ledger upsert are hand-written SQL that must read the same on
/// SQLite and PostgreSQL.
/// </summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const string Table = "messaging_messages";
    public const string DedupeIndex = "ux_messaging_messages_tenant_dedupe_key";

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasColumnName("id");
        builder.Property(x => x.TenantId).HasColumnName("tenant_id");
        builder.Property(x => x.CustomerId).HasColumnName("customer_id");
        builder.Property(x => x.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Purpose).HasColumnName("purpose").HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.DedupeKey).HasColumnName("dedupe_key").HasMaxLength(OutboxMessage.MaxDedupeKeyLength);
        builder.Property(x => x.TemplateId).HasColumnName("template_id");
        builder.Property(x => x.Body).HasColumnName("body").HasMaxLength(OutboxMessage.MaxBodyLength);
        builder.Property(x => x.Subject).HasColumnName("subject").HasMaxLength(OutboxMessage.MaxSubjectLength);
        builder.Property(x => x.WhatsAppTemplate).HasColumnName("whatsapp_template").HasMaxLength(200);
        builder.Property(x => x.WhatsAppParameters).HasColumnName("whatsapp_parameters");
        builder.Property(x => x.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Reason).HasColumnName("reason").HasMaxLength(64);
        builder.Property(x => x.Attempts).HasColumnName("attempts");
        builder.Property(x => x.MaxAttempts).HasColumnName("max_attempts");
        builder.Property(x => x.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(100);
        builder.Property(x => x.LeaseUntil).HasColumnName("lease_until");
        builder.Property(x => x.ProviderKey).HasColumnName("provider_key").HasMaxLength(32);
        builder.Property(x => x.ProviderMessageId).HasColumnName("provider_message_id").HasMaxLength(200);
        builder.Property(x => x.LastAnswer).HasColumnName("last_answer").HasMaxLength(OutboxMessage.MaxAnswerLength);
        builder.Property(x => x.ToAddress).HasColumnName("to_address").HasMaxLength(320);
        builder.Property(x => x.Source).HasColumnName("source").HasMaxLength(64);
        builder.Property(x => x.CreatedAt).HasColumnName("created_at");
        builder.Property(x => x.SentAt).HasColumnName("sent_at");
        builder.Property(x => x.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(x => x.ReadAt).HasColumnName("read_at");
        builder.Property(x => x.FailedAt).HasColumnName("failed_at");
        builder.Property(x => x.BlockedAt).HasColumnName("blocked_at");
        builder.Property(x => x.CancelledAt).HasColumnName("cancelled_at");
        builder.Property(x => x.PolledAt).HasColumnName("polled_at");
        builder.Property(x => x.HandedOverAt).HasColumnName("handed_over_at");

        builder.HasIndex(x => new { x.TenantId, x.DedupeKey }).IsUnique().HasDatabaseName(DedupeIndex);

        // The claim only looks at queued messages; the filter is valid SQL on both providers.
        builder.HasIndex(x => x.NextAttemptAt).HasDatabaseName("ix_messaging_messages_queued_next_attempt_at")
            .HasFilter("status = 'Queued'");
        builder.HasIndex(x => new { x.TenantId, x.CustomerId, x.CreatedAt }).HasDatabaseName("ix_messaging_messages_customer");
        builder.HasIndex(x => new { x.TenantId, x.ProviderMessageId }).HasDatabaseName("ix_messaging_messages_provider_message_id");
        builder.HasIndex(x => new { x.TenantId, x.Status, x.SentAt }).HasDatabaseName("ix_messaging_messages_status_sent_at");
    }
}

internal sealed class SendLedgerEntryConfiguration : IEntityTypeConfiguration<SendLedgerEntry>
{
    public const string Table = "messaging_send_ledger";

    public void Configure(EntityTypeBuilder<SendLedgerEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(x => x.MessageId);
        builder.Property(x => x.MessageId).HasColumnName("message_id").ValueGeneratedNever();
        builder.Property(x => x.TenantId).HasColumnName("tenant_id");
        builder.Property(x => x.ProviderKey).HasColumnName("provider_key").HasMaxLength(32);
        builder.Property(x => x.Handovers).HasColumnName("handovers");
        builder.Property(x => x.FirstHandedAt).HasColumnName("first_handed_at");
        builder.Property(x => x.LastHandedAt).HasColumnName("last_handed_at");
        builder.Property(x => x.LastWorker).HasColumnName("last_worker").HasMaxLength(100);
        builder.Property(x => x.Outcome).HasColumnName("outcome").HasMaxLength(16);
        builder.Property(x => x.CompletedAt).HasColumnName("completed_at");
        builder.HasOne<OutboxMessage>().WithOne().HasForeignKey<SendLedgerEntry>(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxSettingsConfiguration : IEntityTypeConfiguration<OutboxSettings>
{
    public void Configure(EntityTypeBuilder<OutboxSettings> builder)
    {
        builder.ToTable("messaging_outbox_settings");
        builder.HasKey(x => x.TenantId);
        builder.Property(x => x.TenantId).ValueGeneratedNever();
    }
}
