using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// A business's message text for one channel, written in Liquid ("Merhaba {{ customer | salutation }}").
/// Marked commercial or transactional by the person who writes it, because consent rules depend on it.
/// A WhatsApp template maps to a template Meta approved: its name, language and the Liquid expressions that
/// fill its {{1}}, {{2}}… parameters in order. Once a message used it, it is archived instead of deleted.
/// </summary>
internal sealed class MessageTemplate : ITenantScoped
{
    public const int MaxNameLength = 100;
    public const int MaxBodyLength = 20_000;
    public const int MaxSubjectLength = 200;
    public const int MaxWhatsAppNameLength = 512;
    public const int MaxWhatsAppLanguageLength = 16;
    public const int MaxWhatsAppParameters = 20;
    public const int MaxParameterLength = 500;

    private MessageTemplate()
    {
    }

    public MessageTemplate(TemplateDraft draft, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = now;
        Change(draft, now);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary><see cref="Name"/> in Turkish lower case with single spaces: what "unique per business" compares.</summary>
    public string NameKey { get; private set; } = "";

    public MessageChannel Channel { get; private set; }

    public MessagePurpose Purpose { get; private set; }

    public string Body { get; private set; } = "";

    /// <summary>E-mail only.</summary>
    public string? Subject { get; private set; }

    public string? WhatsAppTemplateName { get; private set; }

    public string? WhatsAppLanguage { get; private set; }

    /// <summary>One Liquid expression per approved-template parameter, in order.</summary>
    public List<string> WhatsAppParameters { get; private set; } = [];

    public bool IsArchived { get; private set; }

    /// <summary>When a message was first rendered from it for sending; from then on it is archived, not deleted.</summary>
    public DateTime? FirstUsedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Change(TemplateDraft draft, DateTime now)
    {
        Name = draft.Name;
        NameKey = KeyOf(draft.Name);
        Channel = draft.Channel;
        Purpose = draft.Purpose;
        Body = draft.Body;
        Subject = draft.Subject;
        WhatsAppTemplateName = draft.WhatsAppTemplateName;
        WhatsAppLanguage = draft.WhatsAppLanguage;
        WhatsAppParameters = [.. draft.WhatsAppParameters];
        UpdatedAt = now;
    }

    public void SetArchived(bool archived, DateTime now)
    {
        IsArchived = archived;
        UpdatedAt = now;
    }

    public static string KeyOf(string name) =>
        string.Join(' ', name.ToLower(Muhtar.Platform.Text.TurkishText.Turkish).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
