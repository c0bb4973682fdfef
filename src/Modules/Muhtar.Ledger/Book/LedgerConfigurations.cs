using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Ledger.Book;

internal sealed class CreditEntryConfiguration : IEntityTypeConfiguration<CreditEntry>
{
    public void Configure(EntityTypeBuilder<CreditEntry> builder)
    {
        builder.ToTable("ledger_entries");
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.Property(x => x.EnteredBy).HasMaxLength(200);
        builder.HasIndex(x => new { x.TenantId, x.CustomerId, x.RecordedAt });
        // Both SQLite and PostgreSQL treat NULLs as distinct, so only real reversals compete: one per original.
        builder.HasIndex(x => new { x.TenantId, x.ReversesId }).IsUnique();
    }
}

internal sealed class CreditReminderStateConfiguration : IEntityTypeConfiguration<CreditReminderState>
{
    public void Configure(EntityTypeBuilder<CreditReminderState> builder)
    {
        builder.ToTable("ledger_reminder_states");
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.TenantId, x.CustomerId }).IsUnique();
    }
}
