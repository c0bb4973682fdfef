using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Messaging.Templates;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("messaging_templates");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(MessageTemplate.MaxNameLength);
        builder.Property(x => x.NameKey).HasMaxLength(MessageTemplate.MaxNameLength);
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Body).HasMaxLength(MessageTemplate.MaxBodyLength);
        builder.Property(x => x.Subject).HasMaxLength(MessageTemplate.MaxSubjectLength);
        builder.Property(x => x.WhatsAppTemplateName).HasMaxLength(MessageTemplate.MaxWhatsAppNameLength);
        builder.Property(x => x.WhatsAppLanguage).HasMaxLength(MessageTemplate.MaxWhatsAppLanguageLength);
        // A primitive collection: JSON text on SQLite, an array on PostgreSQL; read only with its template.
        builder.PrimitiveCollection(x => x.WhatsAppParameters);
        builder.HasIndex(x => new { x.TenantId, x.NameKey }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.Channel, x.IsArchived });
    }
}
